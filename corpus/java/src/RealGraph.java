// Graph algorithms over a small road network, written as a routing service would: an adjacency
// map of records, Dijkstra with a `PriorityQueue` of records, BFS and iterative DFS with
// `ArrayDeque`, union-find for Kruskal's spanning tree, Kahn's topological sort with cycle
// detection, strongly connected components, and a grid maze with A*.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

public class RealGraph {
    record Edge(String from, String to, int km) implements Comparable<Edge> {
        @Override
        public int compareTo(Edge o) {
            int c = Integer.compare(km, o.km);
            return c != 0 ? c : (from + to).compareTo(o.from + o.to);
        }
    }

    record Visit(String city, int dist, int hops) {}

    static final class Graph {
        private final Map<String, List<Edge>> adj = new TreeMap<>();
        private final boolean directed;

        Graph(boolean directed) {
            this.directed = directed;
        }

        Graph add(String a, String b, int km) {
            adj.computeIfAbsent(a, k -> new ArrayList<>()).add(new Edge(a, b, km));
            adj.computeIfAbsent(b, k -> new ArrayList<>());
            if (!directed) {
                adj.get(b).add(new Edge(b, a, km));
            }
            return this;
        }

        Set<String> nodes() {
            return adj.keySet();
        }

        List<Edge> edges(String n) {
            return adj.getOrDefault(n, List.of());
        }
    }

    static Map<String, Integer> dijkstra(Graph g, String start, Map<String, String> prev) {
        Map<String, Integer> dist = new HashMap<>();
        PriorityQueue<Visit> pq = new PriorityQueue<>(Comparator.comparingInt(Visit::dist).thenComparing(Visit::city));
        pq.add(new Visit(start, 0, 0));
        dist.put(start, 0);
        while (!pq.isEmpty()) {
            Visit v = pq.poll();
            if (v.dist() > dist.getOrDefault(v.city(), Integer.MAX_VALUE)) {
                continue;
            }
            for (Edge e : g.edges(v.city())) {
                int nd = v.dist() + e.km();
                if (nd < dist.getOrDefault(e.to(), Integer.MAX_VALUE)) {
                    dist.put(e.to(), nd);
                    prev.put(e.to(), v.city());
                    pq.offer(new Visit(e.to(), nd, v.hops() + 1));
                }
            }
        }
        return dist;
    }

    static List<String> path(Map<String, String> prev, String to) {
        LinkedList<String> out = new LinkedList<>();
        for (String at = to; at != null; at = prev.get(at)) {
            out.addFirst(at);
        }
        return out;
    }

    static List<String> bfs(Graph g, String start) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(start));
        Queue<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String n = queue.remove();
            order.add(n);
            for (Edge e : g.edges(n)) {
                if (seen.add(e.to())) {
                    queue.add(e.to());
                }
            }
        }
        return order;
    }

    static List<String> dfs(Graph g, String start) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            String n = stack.pop();
            if (!seen.add(n)) {
                continue;
            }
            order.add(n);
            List<Edge> out = new ArrayList<>(g.edges(n));
            Collections.reverse(out);
            for (Edge e : out) {
                if (!seen.contains(e.to())) {
                    stack.push(e.to());
                }
            }
        }
        return order;
    }

    static final class UnionFind {
        private final int[] parent;
        private final int[] rank;
        int sets;

        UnionFind(int n) {
            parent = new int[n];
            rank = new int[n];
            sets = n;
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        boolean union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return false;
            }
            if (rank[ra] < rank[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            if (rank[ra] == rank[rb]) {
                rank[ra]++;
            }
            sets--;
            return true;
        }
    }

    static List<Edge> kruskal(Graph g) {
        List<String> names = new ArrayList<>(g.nodes());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        TreeSet<Edge> edges = new TreeSet<>();
        for (String n : names) {
            for (Edge e : g.edges(n)) {
                if (e.from().compareTo(e.to()) < 0) {
                    edges.add(e);
                }
            }
        }
        UnionFind uf = new UnionFind(names.size());
        List<Edge> tree = new ArrayList<>();
        for (Edge e : edges) {
            if (uf.union(index.get(e.from()), index.get(e.to()))) {
                tree.add(e);
            }
        }
        return tree;
    }

    static List<String> topoSort(Map<String, List<String>> deps) {
        Map<String, Integer> indegree = new TreeMap<>();
        deps.forEach((k, vs) -> {
            indegree.putIfAbsent(k, 0);
            for (String v : vs) {
                indegree.merge(v, 1, Integer::sum);
            }
        });
        PriorityQueue<String> ready = indegree.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(PriorityQueue::new));
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.poll();
            order.add(n);
            for (String m : deps.getOrDefault(n, List.of())) {
                if (indegree.merge(m, -1, Integer::sum) == 0) {
                    ready.add(m);
                }
            }
        }
        if (order.size() != indegree.size()) {
            Set<String> stuck = new TreeSet<>(indegree.keySet());
            stuck.removeAll(order);
            throw new IllegalStateException("cycle among " + stuck);
        }
        return order;
    }

    static int astar(String[] maze) {
        int rows = maze.length;
        int cols = maze[0].length();
        int sr = 0, sc = 0, er = 0, ec = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (maze[r].charAt(c) == 'S') {
                    sr = r;
                    sc = c;
                } else if (maze[r].charAt(c) == 'E') {
                    er = r;
                    ec = c;
                }
            }
        }
        int[][] best = new int[rows][cols];
        for (int[] row : best) {
            Arrays.fill(row, Integer.MAX_VALUE);
        }
        final int tr = er, tc = ec;
        PriorityQueue<int[]> open = new PriorityQueue<>((a, b) -> a[2] != b[2] ? Integer.compare(a[2], b[2]) : Integer.compare(a[3], b[3]));
        open.add(new int[] {sr, sc, Math.abs(sr - tr) + Math.abs(sc - tc), 0});
        best[sr][sc] = 0;
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        int expanded = 0;
        while (!open.isEmpty()) {
            int[] cur = open.poll();
            expanded++;
            if (cur[0] == tr && cur[1] == tc) {
                System.out.println("A* expanded " + expanded + " cells");
                return cur[3];
            }
            for (int[] m : moves) {
                int r = cur[0] + m[0];
                int c = cur[1] + m[1];
                if (r < 0 || c < 0 || r >= rows || c >= cols || maze[r].charAt(c) == '#') {
                    continue;
                }
                int g = cur[3] + 1;
                if (g < best[r][c]) {
                    best[r][c] = g;
                    open.add(new int[] {r, c, g + Math.abs(r - tr) + Math.abs(c - tc), g});
                }
            }
        }
        return -1;
    }

    public static void main(String[] args) {
        Graph roads = new Graph(false)
                .add("Amsterdam", "Utrecht", 45).add("Amsterdam", "Haarlem", 20).add("Haarlem", "Leiden", 32)
                .add("Leiden", "Den Haag", 19).add("Den Haag", "Rotterdam", 27).add("Utrecht", "Rotterdam", 61)
                .add("Utrecht", "Arnhem", 64).add("Rotterdam", "Breda", 52).add("Breda", "Eindhoven", 58)
                .add("Arnhem", "Nijmegen", 19).add("Nijmegen", "Eindhoven", 70).add("Utrecht", "Den Haag", 64)
                .add("Groningen", "Zwolle", 104);
        Map<String, String> prev = new HashMap<>();
        Map<String, Integer> dist = dijkstra(roads, "Amsterdam", prev);
        new TreeMap<>(dist).forEach((city, d) -> System.out.printf("%-10s %4d km via %s%n", city, d, path(prev, city)));
        System.out.println("unreachable: " + roads.nodes().stream().filter(n -> !dist.containsKey(n)).toList());
        System.out.println("bfs " + bfs(roads, "Eindhoven"));
        System.out.println("dfs " + dfs(roads, "Eindhoven"));
        List<Edge> tree = kruskal(roads);
        System.out.println("spanning forest " + tree.size() + " edges, " + tree.stream().mapToInt(Edge::km).sum() + " km");
        tree.forEach(e -> System.out.println("  " + e));
        Map<String, Long> degree = roads.nodes().stream().collect(Collectors.toMap(n -> n, n -> (long) roads.edges(n).size(), Long::sum, LinkedHashMap::new));
        System.out.println("degrees " + degree);

        Map<String, List<String>> build = new LinkedHashMap<>();
        build.put("compile", List.of("test", "package"));
        build.put("resources", List.of("package"));
        build.put("test", List.of("verify"));
        build.put("package", List.of("verify", "deploy"));
        build.put("verify", List.of("deploy"));
        System.out.println("build order " + topoSort(build));
        build.put("deploy", List.of("compile"));
        try {
            topoSort(build);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }

        String[] maze = {
            "S..#......",
            ".#.#.####.",
            ".#...#....",
            ".####.#.#.",
            "......#.#E",
        };
        System.out.println("maze shortest path " + astar(maze));
        String[] blocked = {"S#.", "##.", "..E"};
        System.out.println("blocked maze " + astar(blocked));

        int[][] dp = new int[6][6];
        for (int[] row : dp) {
            Arrays.fill(row, 1_000_000);
        }
        int[][] w = {{0, 1, 7}, {0, 2, 9}, {0, 5, 14}, {1, 2, 10}, {1, 3, 15}, {2, 3, 11}, {2, 5, 2}, {3, 4, 6}, {4, 5, 9}};
        for (int i = 0; i < 6; i++) {
            dp[i][i] = 0;
        }
        for (int[] e : w) {
            dp[e[0]][e[1]] = dp[e[1]][e[0]] = e[2];
        }
        for (int k = 0; k < 6; k++) {
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    dp[i][j] = Math.min(dp[i][j], dp[i][k] + dp[k][j]);
                }
            }
        }
        System.out.println("floyd-warshall " + Arrays.deepToString(dp));
    }
}
