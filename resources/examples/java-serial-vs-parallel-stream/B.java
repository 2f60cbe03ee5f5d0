import java.util.stream.LongStream;

// The same pipeline with .parallel(): the fork/join pool splits the range.
public class Main {
    public static void main(String[] args) {
        long sum = LongStream.rangeClosed(1, 100_000_000L)
                .parallel()
                .map(i -> (i * i) % 1_000_003L)
                .sum();
        System.out.println(sum);
    }
}
