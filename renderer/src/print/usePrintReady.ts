// Tells the PDF printer (electron/backend/pdf/printer.ts waitForPrintReady) that a print route is drawn:
// body[data-print-ready] is set to the route itself, so a printer that reuses one window for a batch
// cannot take the previous document's signal for the next one. On failure data-print-error holds the message.
import { useEffect } from 'react';

export function usePrintReady(route: string, state: { ready: boolean; error: string | null }, options: { afterLayout?: boolean } = {}): void {
  const { ready, error } = state;
  const { afterLayout = false } = options;
  useEffect(() => {
    const body = document.body.dataset;
    let frame = 0;
    const signal = () => {
      if (error) body.printError = error;
      else delete body.printError;
      body.printReady = route;
    };
    if (error) signal();
    else if (ready) {
      // Charts' SVG is laid out a frame after React commits; tables are in place at once.
      if (afterLayout) frame = requestAnimationFrame(() => (frame = requestAnimationFrame(signal)));
      else signal();
    }
    return () => {
      cancelAnimationFrame(frame);
      delete body.printReady;
      delete body.printError;
    };
  }, [route, ready, error, afterLayout]);
}
