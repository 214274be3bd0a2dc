package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@SuppressWarnings("try") // permits are held for their scope, not used
class HostThrottleTest {

    @Test
    void secondRequestToAHostWaitsForTheDelayAfterTheFirstEnds() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofMillis(200));
        throttle.acquire("news.example").close();
        long freed = System.nanoTime();
        try (HostThrottle.Permit permit = throttle.acquire("NEWS.example")) {
            assertThat(System.nanoTime() - freed).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    @Test
    void firstRequestToAHostDoesNotWait() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(30));
        long start = System.nanoTime();
        throttle.acquire("news.example").close();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void differentHostsDoNotWaitForEachOther() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(30));
        try (HostThrottle.Permit held = throttle.acquire("a.example")) {
            CountDownLatch other = new CountDownLatch(1);
            Thread.ofVirtual().start(() -> {
                try (HostThrottle.Permit permit = throttle.acquire("b.example")) {
                    other.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(other.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aHeldHostMakesTheNextRequestWait() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ZERO);
        CountDownLatch entered = new CountDownLatch(1);
        Thread waiter;
        try (HostThrottle.Permit held = throttle.acquire("a.example")) {
            waiter = Thread.ofVirtual().start(() -> {
                try (HostThrottle.Permit permit = throttle.acquire("a.example")) {
                    entered.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(entered.await(200, TimeUnit.MILLISECONDS)).isFalse();
        }
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        waiter.join();
    }

    @Test
    void closingAPermitTwiceFreesTheHostOnce() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ZERO);
        HostThrottle.Permit permit = throttle.acquire("a.example");
        permit.close();
        permit.close();
        HostThrottle.Permit first = throttle.acquire("a.example");
        CountDownLatch second = new CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            try (HostThrottle.Permit p = throttle.acquire("a.example")) {
                second.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(second.await(200, TimeUnit.MILLISECONDS)).isFalse();
        first.close();
        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
