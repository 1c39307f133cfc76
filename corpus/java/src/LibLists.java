import java.util.*;

public class LibLists {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        names.add("carol");
        names.add("alice");
        names.add(0, "bob");
        names.addAll(Arrays.asList("dave", "eve"));
        System.out.println(names + " size=" + names.size());
        System.out.println(names.get(2) + " " + names.indexOf("dave") + " " + names.contains("zed"));
        names.remove("alice");
        names.remove(0);
        names.set(1, "DAVE");
        System.out.println(names);
        Iterator<String> it = names.iterator();
        while (it.hasNext()) {
            if (it.next().startsWith("e")) it.remove();
        }
        System.out.println(names + " " + names.isEmpty());
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 9, 1, 7));
        Collections.sort(nums);
        System.out.println(nums);
        nums.sort(Comparator.reverseOrder());
        System.out.println(nums + " max=" + Collections.max(nums) + " min=" + Collections.min(nums));
        nums.removeIf(n -> n % 3 == 0);
        System.out.println(nums + " " + nums.equals(List.of(7, 5, 1)) + " " + nums.hashCode());
        System.out.println(nums.subList(1, 3));

        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 5; i++) ll.add(i);
        ll.addFirst(-1);
        ll.addLast(99);
        System.out.println(ll + " first=" + ll.getFirst() + " last=" + ll.getLast());
        ll.removeFirst();
        ll.pollLast();
        System.out.println(ll + " peek=" + ll.peek());

        Deque<String> dq = new ArrayDeque<>();
        dq.push("a");
        dq.push("b");
        dq.offerLast("z");
        System.out.println(dq + " " + dq.pop() + " " + dq.pollLast() + " " + dq);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) q.offer(i);
        int total = 0;
        while (!q.isEmpty()) total += q.poll();
        System.out.println("total " + total);

        Stack<Character> st = new Stack<>();
        for (char c : "([{}])".toCharArray()) {
            if (c == '(' || c == '[' || c == '{') st.push(c);
            else st.pop();
        }
        System.out.println("balanced " + st.empty());
        st.push('x');
        st.push('y');
        System.out.println(st + " " + st.peek() + " " + st.search('x'));

        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < 3; c++) row.add(r * 3 + c);
            grid.add(row);
        }
        System.out.println(grid);
        int sum = 0;
        for (List<Integer> row : grid) for (int v : row) sum += v;
        System.out.println("sum " + sum);
        names.forEach(n -> System.out.println("name " + n));
        Object[] arr = nums.toArray();
        System.out.println(arr.length + " " + Arrays.toString(arr));
        try {
            nums.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        List<Integer> empty = new ArrayList<>();
        try {
            empty.iterator().next();
        } catch (NoSuchElementException e) {
            System.out.println("no such element");
        }
        ListIterator<String> li = names.listIterator();
        while (li.hasNext()) li.set(li.next().toUpperCase());
        System.out.println(names);
    }
}
