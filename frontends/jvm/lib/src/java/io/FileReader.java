package java.io;

/** `FileReader`: UTF-8 text of a `FileInputStream`. */
public class FileReader extends InputStreamReader {
    public FileReader(String fileName) throws FileNotFoundException { super(new FileInputStream(fileName)); }
    public FileReader(File file) throws FileNotFoundException { super(new FileInputStream(file)); }
    public void close() throws IOException { in.close(); }
}
