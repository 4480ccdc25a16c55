package slope.tensor;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** A one-value storage (what scalar graphs make) behaves as an array storage of one element. */
class StorageTest {
    @Test
    void aOneValueStorageReadsItsValueAndGivesItAsAnArrayWhenAsked() {
        Storage s = Storage.ofValue(2.5);
        assertEquals(2.5, s.valueAt(0));
        assertArrayEquals(new double[] {2.5}, s.data());
        assertSame(s.data(), s.data(), "the array is made once");
        assertEquals(2.5, s.valueAt(0));
    }

    @Test
    void writesToAOneValueStorageAreSeenByEveryReaderAndCountedByTheWritersVersion() {
        Tensor t = Tensor.ofValue(1, DType.FLOAT32), view = t.detach(), data = t.dataAlias();
        t.forWrite()[0] = 7;
        assertEquals(7, t.storage.valueAt(0));
        assertArrayEquals(new double[] {7}, t.storage.data());
        assertEquals(7, data.item());
        assertEquals(1, view.version(), "detach() shares the counter");
        data.forWrite()[0] = 8;
        assertEquals(8, t.item());
        assertEquals(1, t.version(), ".data counts its own writes");
    }

    @Test
    void zeroDimTensorsOfOneValueStoragesComputeAndPrintAsOthers() {
        Tensor a = Tensor.ofValue(3, DType.FLOAT32), b = Tensor.scalar(0.5);
        assertEquals(3.5, a.add(b).item());
        assertEquals("tensor(3.)", a.toString());
        a.addInPlaceUnchecked(b);
        assertEquals(3.5, a.item());
        assertEquals("tensor(3.5000)", a.toString());
    }
}
