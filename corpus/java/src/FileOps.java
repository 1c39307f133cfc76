import java.io.*;
import java.util.*;

// java.io.File's operations and RandomAccessFile in the test's scratch directory
// (`--allow-write .`).
// allow-write
public class FileOps {
    public static void main(String[] args) throws IOException {
        File dir = new File("box");
        System.out.println(dir.exists() + " " + dir.mkdir() + " " + dir.mkdir() + " " + dir.isDirectory() + " " + dir.isFile());
        File deep = new File(dir, "p/q/r");
        System.out.println(deep.mkdir() + " " + deep.mkdirs() + " " + deep.mkdirs() + " " + deep.getPath() + " " + deep.getParent());
        File f = new File(dir, "data.txt");
        System.out.println(f.createNewFile() + " " + f.createNewFile() + " " + f.length() + " " + f.getName());
        try (FileWriter w = new FileWriter(f)) {
            w.write("hello\n");
        }
        System.out.println(f.length() + " " + new File("box/none").length() + " " + f.toPath().getFileName());
        String[] names = dir.list();
        Arrays.sort(names);
        System.out.println(Arrays.toString(names));
        File[] files = dir.listFiles();
        Arrays.sort(files);
        for (File x : files) System.out.println("entry " + x + " " + x.isDirectory());
        System.out.println(new File("box/data.txt").list() + " " + new File("missing").listFiles());
        File renamed = new File(dir, "renamed.txt");
        System.out.println(f.renameTo(renamed) + " " + f.exists() + " " + renamed.exists() + " " + f.renameTo(renamed));
        System.out.println(dir.delete() + " " + new File("box/p/q/r").delete() + " " + new File("nothing").delete());
        try {
            new File("no/such/file").createNewFile();
        } catch (IOException e) {
            System.out.println("createNewFile: " + e);
        }
        System.out.println(new File("rel/x").getAbsolutePath().endsWith("/rel/x") + " "
            + new File("rel/x").getAbsoluteFile().isAbsolute() + " " + new File("/abs/y").getAbsolutePath());

        try (RandomAccessFile raf = new RandomAccessFile("box/raf.bin", "rw")) {
            raf.writeInt(0x01020304);
            raf.writeLong(-2L);
            raf.writeDouble(2.5);
            raf.writeBoolean(true);
            raf.writeShort(-3);
            raf.writeChar('Z');
            raf.writeBytes("line one\nline two\r\nlast");
            System.out.println("pointer " + raf.getFilePointer() + " length " + raf.length());
            raf.seek(0);
            System.out.println(raf.readInt() + " " + raf.readLong() + " " + raf.readDouble() + " " + raf.readBoolean() + " "
                + raf.readShort() + " " + raf.readChar());
            System.out.println("[" + raf.readLine() + "] [" + raf.readLine() + "] [" + raf.readLine() + "] " + raf.readLine());
            raf.seek(1);
            System.out.println(raf.read() + " " + raf.readUnsignedByte() + " " + raf.readByte());
            raf.seek(raf.length());
            raf.write(new byte[] {10, 20, 30});
            raf.seek(raf.length() - 2);
            byte[] two = new byte[5];
            System.out.println(raf.read(two) + " " + Arrays.toString(two) + " " + raf.read() + " " + raf.read(two));
            raf.setLength(4);
            System.out.println("after setLength " + raf.length() + " " + raf.getFilePointer());
            raf.seek(0);
            System.out.println(raf.readInt() + " " + raf.skipBytes(10));
            try {
                raf.readInt();
            } catch (EOFException e) {
                System.out.println("readInt at the end: " + e);
            }
        }
        try (RandomAccessFile ro = new RandomAccessFile(new File("box/raf.bin"), "r")) {
            System.out.println("read-only " + ro.length() + " " + ro.read());
            ro.write(1);
        } catch (IOException e) {
            System.out.println("write to read-only: " + e);
        }
        try {
            new RandomAccessFile("box/nope.bin", "r");
        } catch (FileNotFoundException e) {
            System.out.println(e);
        }
        try {
            new RandomAccessFile("box", "rw");
        } catch (FileNotFoundException e) {
            System.out.println(e);
        }
        try {
            new RandomAccessFile("box/x", "w");
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        RandomAccessFile closed = new RandomAccessFile("box/raf.bin", "r");
        closed.close();
        try {
            closed.read();
        } catch (IOException e) {
            System.out.println("closed: " + e);
        }
    }
}
