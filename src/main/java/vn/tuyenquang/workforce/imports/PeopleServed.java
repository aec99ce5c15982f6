package vn.tuyenquang.workforce.imports;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When this instance last began to answer someone (a page, a file, an API call), so that imports rest between chunks
 * only while people are being served ({@link ImportPacing}) and write at full speed when nobody is (a file loaded at
 * night, the demo province seeded at start).
 */
final class PeopleServed extends OncePerRequestFilter {

    private final AtomicLong last = new AtomicLong(System.nanoTime() - Long.MAX_VALUE / 2);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        last.set(System.nanoTime());
        chain.doFilter(request, response);
    }

    /** Whether a request began within {@code period}. */
    boolean within(Duration period) {
        return System.nanoTime() - last.get() < period.toNanos();
    }
}
