import java.io.BufferedReader;
import java.io.InputStreamReader;

// Competitive-programming input: reads every line of standard input through
// BufferedReader(InputStreamReader(System.in)), splits each at spaces and sums the numbers;
// prints the line count and the sum (bench/run.sh feeds it 1M lines of three numbers).
public class ReaderLines {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long sum = 0;
        int lines = 0;
        for (String line; (line = in.readLine()) != null; lines++) {
            for (String word : line.split(" ")) {
                sum += Long.parseLong(word);
            }
        }
        System.out.println(lines + " " + sum);
    }
}
