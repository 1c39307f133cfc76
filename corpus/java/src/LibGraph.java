import java.util.*;

public class LibGraph {
    record Edge(int to, int w) {}

    public static void main(String[] args) {
        String[] grid = {
            "S.#.....",
            ".##.###.",
            "....#...",
            ".##...#E",
        };
        int rows = grid.length, cols = grid[0].length();
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) Arrays.fill(row, -1);
        Deque<int[]> q = new ArrayDeque<>();
        q.add(new int[] {0, 0});
        dist[0][0] = 0;
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!q.isEmpty()) {
            int[] cur = q.poll();
            for (int[] d : dirs) {
                int r = cur[0] + d[0], c = cur[1] + d[1];
                if (r < 0 || c < 0 || r >= rows || c >= cols || grid[r].charAt(c) == '#' || dist[r][c] >= 0) continue;
                dist[r][c] = dist[cur[0]][cur[1]] + 1;
                q.add(new int[] {r, c});
            }
        }
        System.out.println("steps to E: " + dist[3][7]);
        for (int[] row : dist) System.out.println(Arrays.toString(row));

        Map<Integer, List<Edge>> g = new HashMap<>();
        int[][] edges = {{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 1}, {2, 3, 5}, {3, 4, 3}};
        for (int[] e : edges) {
            g.computeIfAbsent(e[0], k -> new ArrayList<>()).add(new Edge(e[1], e[2]));
            g.computeIfAbsent(e[1], k -> new ArrayList<>()).add(new Edge(e[0], e[2]));
        }
        int[] best = new int[5];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        PriorityQueue<int[]> pq = new PriorityQueue<>(Comparator.comparingInt(a -> a[1]));
        pq.add(new int[] {0, 0});
        List<Integer> order = new ArrayList<>();
        while (!pq.isEmpty()) {
            int[] top = pq.poll();
            if (top[1] > best[top[0]]) continue;
            order.add(top[0]);
            for (Edge e : g.getOrDefault(top[0], List.of())) {
                int nd = top[1] + e.w();
                if (nd < best[e.to()]) {
                    best[e.to()] = nd;
                    pq.add(new int[] {e.to(), nd});
                }
            }
        }
        System.out.println("dijkstra " + Arrays.toString(best) + " order " + order);
        System.out.println(g);
        Deque<Integer> stack = new ArrayDeque<>();
        Set<Integer> seen = new LinkedHashSet<>();
        stack.push(0);
        while (!stack.isEmpty()) {
            int n = stack.pop();
            if (!seen.add(n)) continue;
            for (Edge e : g.get(n)) if (!seen.contains(e.to())) stack.push(e.to());
        }
        System.out.println("dfs " + seen);
        Iterator<Integer> desc = new ArrayDeque<>(List.of(1, 2, 3)).descendingIterator();
        while (desc.hasNext()) System.out.print(desc.next());
        System.out.println();
    }
}
