package java.lang;

/** An input's own `java.lang.Thread` (as `java.base` brings one): it replaces the library's
 *  scheduler, so `Object.wait` / `notify` go to `java.lang.RootLib` (one thread). */
public class Thread implements Runnable {
    public void run() {}
}
