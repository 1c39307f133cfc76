import java.util.*;

/** TreeMap / TreeSet (a red-black tree): random insertions and deletions against sorted
 *  checks, navigation, iteration with removal, views. */
public class LibTreeMap {
    public static void main(String[] args) {
        Random rnd = new Random(7);
        TreeMap<Integer, Integer> map = new TreeMap<>();
        int[] counts = new int[500];
        long checksum = 0;
        for (int i = 0; i < 20000; i++) {
            int k = rnd.nextInt(500);
            if (rnd.nextInt(3) == 0) {
                Integer old = map.remove(k);
                if ((old != null) != (counts[k] > 0)) System.out.println("remove mismatch " + k);
                counts[k] = 0;
            } else {
                map.merge(k, 1, Integer::sum);
                counts[k]++;
            }
            if (i % 1000 == 0) checksum = checksum * 31 + map.size();
        }
        int expected = 0;
        for (int c : counts) if (c > 0) expected++;
        System.out.println("size " + map.size() + " expected " + expected + " checksum " + checksum);
        int prev = -1;
        boolean sorted = true;
        for (Map.Entry<Integer, Integer> e : map.entrySet()) {
            if (e.getKey() <= prev || counts[e.getKey()] != e.getValue()) sorted = false;
            prev = e.getKey();
        }
        System.out.println("sorted and counted " + sorted);
        System.out.println("first " + map.firstEntry() + " last " + map.lastEntry());
        System.out.println("floor(250) " + map.floorKey(250) + " ceiling(250) " + map.ceilingKey(250)
            + " lower(" + map.firstKey() + ") " + map.lowerKey(map.firstKey()) + " higher(499) " + map.higherKey(499));
        System.out.println("head(20) " + map.headMap(20) + " tail(490) " + map.tailMap(490, false));
        System.out.println("sub " + map.subMap(100, 120) + " " + map.subMap(100, true, 120, true).size());

        // Remove every odd key through the iterator.
        Iterator<Integer> it = map.keySet().iterator();
        while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
        boolean even = true;
        for (int k : map.keySet()) if (k % 2 == 1) even = false;
        System.out.println("after iterator removal " + map.size() + " all even " + even);
        int polled = 0;
        while (map.size() > 10) {
            map.pollFirstEntry();
            polled++;
        }
        System.out.println("polled " + polled + " left " + map);
        System.out.println("descending " + map.descendingMap().keySet());

        TreeMap<String, Integer> words = new TreeMap<>(Comparator.reverseOrder());
        for (String w : "the quick brown fox jumps over the lazy dog".split(" ")) words.merge(w, 1, Integer::sum);
        System.out.println(words + " " + words.firstKey());
        for (Map.Entry<String, Integer> e : words.entrySet()) if (e.getKey().length() == 3) e.setValue(e.getValue() * 100);
        System.out.println(words.values());

        TreeSet<Integer> set = new TreeSet<>();
        for (int i = 0; i < 1000; i++) set.add((i * 37) % 101);
        System.out.println("set " + set.size() + " " + set.first() + ".." + set.last() + " floor(50.5) " + set.floor(50)
            + " higher(100) " + set.higher(100) + " head " + set.headSet(5) + " tail " + set.tailSet(97));
        for (int i = 0; i < 101; i += 2) set.remove(i);
        System.out.println("odd " + set.size() + " " + set.pollFirst() + " " + set.pollLast() + " " + set.descendingSet().first());
        try {
            new TreeMap<String, Integer>().put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key refused");
        }
        try {
            new TreeMap<Integer, Integer>().firstKey();
        } catch (NoSuchElementException e) {
            System.out.println("empty firstKey throws");
        }
    }
}
