package cn.zhifa.platform.web;

import cn.zhifa.platform.error.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {
    @Test
    void shouldDefaultToTheFirstPageOfTwenty() {
        PageRequest request = PageRequest.of(null, null);
        assertEquals(1, request.page());
        assertEquals(20, request.size());
        assertEquals(0, request.offset());
    }

    @Test
    void shouldComputeTheOffsetOfLaterPages() {
        assertEquals(100, PageRequest.of(3, 50).offset());
    }

    @Test
    void shouldNameBothFieldsWhenBothAreOutOfRange() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(0, 501));
        assertEquals(400, e.status());
        assertEquals(2, e.violations().size());
        assertEquals("page", e.violations().get(0).field());
        assertEquals("size", e.violations().get(1).field());
    }
}
