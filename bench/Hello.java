/** The floor: an empty JVM's start, printing one line, for bench/startup.sh. */
public final class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
