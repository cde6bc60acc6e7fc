// Which component draws a print route. The app loads the documents when first shown (lazy), so its
// first screen does not download and parse them (or the charts); the PDF printers' print-only window
// (PrintOnlyApp) has them loaded before its job, so nothing there waits for code or for Suspense.
import { lazy, type ComponentType } from 'react';
import type { Route } from '../../../shared/routes';
import { prefetchApiQuery } from '../api/queries';

type RouteOf<N extends Route['name']> = Extract<Route, { name: N }>;

export interface PrintDocuments {
  EvaluationReport: ComponentType<{ route: RouteOf<'evaluation'> }>;
  AccessLetter: ComponentType<{ route: RouteOf<'accessLetter'> }>;
  InfoLetter: ComponentType<{ route: RouteOf<'infoLetter'> }>;
  /** Statements, and the message for an unknown document. */
  PrintRoute: ComponentType<{ route: Route }>;
}

/** The documents as the app loads them: each its own chunk, fetched when first shown. */
export const LAZY_PRINT_DOCUMENTS: PrintDocuments = {
  EvaluationReport: lazy(() => import('../pages/statistics/EvaluationReport').then((m) => ({ default: m.EvaluationReport }))),
  AccessLetter: lazy(() => import('./privacy/AccessLetter').then((m) => ({ default: m.AccessLetter }))),
  InfoLetter: lazy(() => import('./privacy/InfoLetter').then((m) => ({ default: m.InfoLetter }))),
  PrintRoute: lazy(() => import('./PrintRoute').then((m) => ({ default: m.PrintRoute }))),
};

/** The element that draws a print route. */
export function printDocument(route: Route, { EvaluationReport, AccessLetter, InfoLetter, PrintRoute }: PrintDocuments) {
  if (route.name === 'evaluation') {
    // The figures are asked for while the report's code (the charts) may still load, not after (#13).
    prefetchApiQuery('statistics.get', { year: route.year });
    return <EvaluationReport route={route} />;
  }
  if (route.name === 'accessLetter') return <AccessLetter route={route} />;
  if (route.name === 'infoLetter') return <InfoLetter route={route} />;
  return <PrintRoute route={route} />;
}
