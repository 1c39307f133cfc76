public class LinkedList1 {
    static class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }
    static class Stack {
        private Node top;
        private int size;
        void push(int v) { top = new Node(v, top); size++; }
        int pop() { int v = top.value; top = top.next; size--; return v; }
        boolean isEmpty() { return top == null; }
        int size() { return size; }
    }
    static Node reverse(Node n) {
        Node prev = null;
        while (n != null) { Node next = n.next; n.next = prev; prev = n; n = next; }
        return prev;
    }
    public static void main(String[] args) {
        Stack s = new Stack();
        for (int i = 1; i <= 10; i++) s.push(i * i);
        System.out.println("size " + s.size());
        StringBuilder sb = new StringBuilder();
        while (!s.isEmpty()) sb.append(s.pop()).append(' ');
        System.out.println(sb);
        Node list = null;
        for (int i = 5; i >= 1; i--) list = new Node(i, list);
        list = reverse(list);
        for (Node n = list; n != null; n = n.next) System.out.print(n.value + (n.next != null ? "," : "\n"));
        Node a = new Node(1, null), b = a, c = new Node(1, null);
        System.out.println((a == b) + " " + (a == c) + " " + a.equals(b) + " " + a.equals(c));
    }
}
