package cn.zhifa.platform.error;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    @Test
    void shouldFormatEachCallWithItsOwnArgumentsInTheLanguageAsked() {
        assertEquals("字段长度超过 20 个字符。", Messages.text(Messages.ZH, "FIELD_TOO_LONG", 20));
        assertEquals("字段长度超过 64 个字符。", Messages.text(Messages.ZH, "FIELD_TOO_LONG", 64));
        assertEquals(Messages.text(Messages.EN, "FIELD_TOO_LONG", 64).replace("64", "20"),
                Messages.text(Messages.EN, "FIELD_TOO_LONG", 20));
    }

    @Test
    void shouldReadTheAcceptLanguageHeaderLenientlyWithChineseAsTheFallback() {
        assertEquals(Messages.ZH, Messages.ofAcceptLanguage("zh_CN"));
        assertEquals(Messages.EN, Messages.ofAcceptLanguage("en_US"));
        assertEquals(Messages.EN, Messages.ofAcceptLanguage("fr, zh;q=0.5, en-GB;q=0.8"));
        assertEquals(Messages.ZH, Messages.ofAcceptLanguage("en;q=0, zh-Hans-CN"));
        assertEquals(Messages.EN, Messages.ofAcceptLanguage("en;q=oops"));
        assertEquals(Messages.ZH, Messages.ofAcceptLanguage(",;,*;q=x"));
        assertEquals(Messages.ZH, Messages.ofAcceptLanguage(""));
        assertEquals(Messages.ZH, Messages.ofAcceptLanguage(null));
    }

    @Test
    void shouldAnswerTheCodeItselfForAnUnknownCode() {
        assertEquals("NO_SUCH_MESSAGE", Messages.text(Messages.ZH, "NO_SUCH_MESSAGE", 1));
        assertEquals("NO_SUCH_MESSAGE", Messages.text(Messages.EN, "NO_SUCH_MESSAGE"));
    }

    @Test
    void shouldFormatConcurrentlyWithoutMixingArguments() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> results = IntStream.range(0, 8).mapToObj(thread -> threads.submit(() ->
                    IntStream.range(0, 2_000).allMatch(i -> Messages.text(Messages.ZH, "NOT_FOUND", "人员", "P" + thread + "-" + i)
                            .equals("未找到人员：P" + thread + "-" + i + "。")))).toList();
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        }
    }
}
