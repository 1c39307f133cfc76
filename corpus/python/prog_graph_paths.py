# Shortest paths on a weighted graph: BFS, Dijkstra with heapq, and path reconstruction.
import heapq
from collections import deque, defaultdict

EDGES = [
    ("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10),
    ("c", "e", 3), ("e", "d", 4), ("d", "f", 11), ("e", "f", 20),
    ("g", "h", 1),
]


def build(edges):
    graph = defaultdict(list)
    for u, v, w in edges:
        graph[u].append((v, w))
        graph[v].append((u, w))
    return graph


def bfs(graph, start):
    seen = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
    return seen


def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path(prev, start, end):
    out = [end]
    while out[-1] != start:
        out.append(prev[out[-1]])
    out.reverse()
    return out


def main():
    g = build(EDGES)
    hops = bfs(g, "a")
    print("hops:", sorted(hops.items()))
    dist, prev = dijkstra(g, "a")
    for node in sorted(dist):
        print(f"{node}: {dist[node]:>3}  via {' -> '.join(path(prev, 'a', node))}")
    unreachable = sorted(set(g) - set(dist))
    print("unreachable:", unreachable)
    degrees = sorted(((len(v), k) for k, v in g.items()), reverse=True)
    print("degrees:", degrees[:4])


main()
