// The scroll state of a PagedTable: which rows to render for the scroll box's position (scrollScale.ts).
// Below the cap the browser scrolls natively (1:1). Above it the scrollbar maps onto the rows, and the
// keys and the wheel move by rows and pages as in any list (a PageDown never skips a row) instead of
// by scaled pixels: they move the rows' offset, and the scrollbar follows.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { offsetOfRow, scaleOf, toPhysical, toVirtual, windowOf } from './scrollScale';

const LINE = 40; // Chromium's arrow-key and wheel-line step (px)

/** Keys typed into a field inside a row are the field's own. */
const isField = (t: EventTarget) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function useScaledScroll(scrollRef: RefObject<HTMLDivElement | null>, rows: number, rowHeight: number, estimate: number) {
  const [size, setSize] = useState({ box: estimate, head: rowHeight });
  const [pos, setPos] = useState({ physical: 0, virtual: 0 });
  // The scrollTop we set ourselves: its scroll event keeps our exact offset instead of remapping it.
  const expected = useRef<number | null>(null);

  const geometry = { rows, rowHeight, viewport: Math.max(rowHeight, size.box - size.head) };
  const scale = scaleOf(geometry);
  const virtual = scale.scaled ? Math.min(pos.virtual, scale.virtualMax) : toVirtual(scale, pos.physical);
  const rowWindow = windowOf(scale, geometry, Math.min(pos.physical, scale.physicalMax), virtual);

  // The box's height and what in it is not rows (header, borders): after every render, as the
  // header's height may change with the rows' content, and on resizing. An unchanged size keeps
  // the same state object, so this ends (no render loop).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const body = el?.querySelector('tbody');
    if (!el || !body) return;
    const box = el.clientHeight;
    const head = el.scrollHeight - body.offsetHeight;
    setSize((s) => (s.box === box && s.head === head ? s : { box, head }));
  });
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize((s) => ({ ...s, box: el.clientHeight })));
    observer.observe(el);
    return () => observer.disconnect();
  }, [scrollRef]);

  /** Shows the rows from offset `to` (px over all rows), moving the scrollbar to match. */
  const scrollToOffset = useCallback(
    (to: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const target = Math.min(Math.max(0, to), scale.virtualMax);
      el.scrollTop = toPhysical(scale, target);
      expected.current = el.scrollTop;
      setPos({ physical: el.scrollTop, virtual: target });
    },
    // The scale's numbers, not its object, decide the mapping.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scrollRef, scale.spacer, scale.virtualMax, scale.physicalMax, scale.scaled],
  );

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const physical = el.scrollTop;
    const ours = expected.current !== null && Math.abs(physical - expected.current) <= 1;
    expected.current = null;
    setPos((p) => ({ physical, virtual: ours ? p.virtual : toVirtual(scale, physical) }));
  };

  // A longer or shorter list (a write, a new total) keeps the rows in view where the scrollbar now maps them.
  useEffect(() => {
    if (scale.scaled) scrollToOffset(pos.virtual);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollToOffset]);

  const page = Math.max(rowHeight, (Math.floor(geometry.viewport / rowHeight) - 1) * rowHeight);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!scale.scaled || e.altKey || e.ctrlKey || e.metaKey || isField(e.target)) return;
    const onBox = e.target === e.currentTarget; // Space on a button presses it
    const steps: Record<string, number> = { ArrowDown: LINE, ArrowUp: -LINE, PageDown: page, PageUp: -page, ...(onBox ? { ' ': e.shiftKey ? -page : page } : {}) };
    if (e.key === 'Home' || e.key === 'End') scrollToOffset(e.key === 'Home' ? 0 : scale.virtualMax);
    else if (e.key in steps) scrollToOffset(virtual + steps[e.key]);
    else return;
    e.preventDefault();
  };

  // The wheel moves the rows 1:1 too; React's onWheel is passive, so this listens itself.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !scale.scaled) return;
    const onWheel = (e: WheelEvent) => {
      if (e.ctrlKey || e.deltaY === 0) return;
      e.preventDefault();
      const unit = e.deltaMode === 1 ? LINE : e.deltaMode === 2 ? page : 1;
      el.scrollLeft += e.deltaX * unit;
      scrollToOffset(virtual + e.deltaY * unit);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [scrollRef, scale.scaled, scrollToOffset, virtual, page]);

  const reset = useCallback(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    expected.current = null;
    setPos({ physical: 0, virtual: 0 });
  }, [scrollRef]);

  const scrollToRow = (index: number) => scrollToOffset(offsetOfRow(scale, index, rowHeight));

  return { rowWindow, scaled: scale.scaled, onScroll, onKeyDown, scrollToRow, reset };
}
