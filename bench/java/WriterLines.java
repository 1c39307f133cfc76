import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

// Competitive-programming output: 1M lines through
// PrintWriter(BufferedWriter(OutputStreamWriter(System.out))), one non-ASCII line, then 200k
// lines through a bare BufferedWriter(OutputStreamWriter(System.out)).
public class WriterLines {
    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        for (int i = 0; i < 1_000_000; i++) {
            out.println("Hello, world! " + i);
        }
        out.println("caf\u00e9 \u20ac \ud83d\ude00");
        out.flush();
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(System.out));
        for (int i = 0; i < 200_000; i++) {
            w.write(Integer.toString(i * 7));
            w.newLine();
        }
        w.flush();
    }
}
