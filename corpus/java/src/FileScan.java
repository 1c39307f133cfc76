import java.io.*;
import java.nio.file.*;
import java.util.*;

// Scanner over a File and a Path, directory streams (with a filter), Files.copy from a stream,
// File's filters and canonical paths, in the test's scratch directory (`--allow-write .`).
// allow-write
public class FileScan {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of("scan/sub"));
        Files.writeString(Path.of("scan/nums.txt"), "3 4\n5\nsix words here\n\u00e9t\u00e9 7\n");
        try (Scanner sc = new Scanner(new File("scan/nums.txt"))) {
            int sum = 0;
            for (int i = 0; i < 3; i++) sum += sc.nextInt();
            System.out.println("sum " + sum + " then [" + sc.nextLine() + "] [" + sc.nextLine() + "] " + sc.next() + " "
                + sc.nextInt() + " " + sc.hasNext());
        }
        try (Scanner sc = new Scanner(Path.of("scan/nums.txt"))) {
            int lines = 0;
            while (sc.hasNextLine()) {
                sc.nextLine();
                lines++;
            }
            System.out.println("lines " + lines);
        }
        for (String name : new String[] {"b.txt", "a.log", "c.txt"}) {
            Files.copy(new ByteArrayInputStream(name.getBytes()), dir.getParent().resolve(name));
        }
        try {
            Files.copy(new ByteArrayInputStream(new byte[1]), Path.of("scan/a.log"));
        } catch (FileAlreadyExistsException e) {
            System.out.println("copy from a stream: " + e);
        }
        System.out.println(Files.copy(new ByteArrayInputStream(new byte[3]), Path.of("scan/a.log"),
            StandardCopyOption.REPLACE_EXISTING) + " " + Files.size(Path.of("scan/a.log")));
        List<String> seen = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("scan"))) {
            for (Path p : ds) seen.add(p.getFileName().toString());
        }
        Collections.sort(seen);
        System.out.println("stream " + seen);
        seen.clear();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("scan"), p -> p.toString().endsWith(".txt"))) {
            ds.forEach(p -> seen.add(p.toString()));
        }
        Collections.sort(seen);
        System.out.println("filtered " + seen);
        File scan = new File("scan");
        String[] txt = scan.list((d, name) -> name.endsWith(".txt"));
        Arrays.sort(txt);
        System.out.println("names " + Arrays.toString(txt));
        File[] dirs = scan.listFiles(File::isDirectory);
        System.out.println("dirs " + Arrays.toString(dirs));
        File[] logs = scan.listFiles((d, name) -> name.endsWith(".log"));
        System.out.println("logs " + Arrays.toString(logs));
        String canon = new File("scan/sub/../a.log").getCanonicalPath();
        System.out.println(canon.endsWith("/scan/a.log") + " " + canon.contains("..") + " "
            + new File("scan/./sub").getCanonicalFile().getName());
        try (InputStream in = Files.newInputStream(Path.of("scan/nums.txt"))) {
            byte[] all = in.readAllBytes();
            System.out.println("bytes " + all.length);
        }
    }
}
