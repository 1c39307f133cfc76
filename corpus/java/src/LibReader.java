import java.io.*;
import java.util.*;

public class LibReader {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long total = 0;
        for (int i = 0; i < n; i++) {
            String[] parts = in.readLine().split(" ");
            for (String p : parts) total += Long.parseLong(p);
        }
        System.out.println("total " + total);
        String line;
        List<String> rest = new ArrayList<>();
        while ((line = in.readLine()) != null) rest.add(line);
        Collections.reverse(rest);
        System.out.println(rest);
        System.out.println(in.readLine());
    }
}
