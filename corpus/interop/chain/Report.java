// The start of the chain Java -> Python -> C.
public class Report {
    public static void main(String[] args) {
        String[] texts = {
            "the quick brown fox jumps over the lazy dog",
            "Interoperability is a first class feature",
            "",
        };
        for (String t : texts) {
            System.out.println(Stats.summary(t));
            System.out.println("weight " + Stats.weight(t));
        }
    }
}
