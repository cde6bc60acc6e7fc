// Server state through TanStack Query: every read is a query keyed by [method, input]; every write
// is a mutation that invalidates what it can change. Pages never refetch by hand.
import { QueryClient, keepPreviousData, type Query, useMutation, useQueries, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Method, MethodInput, MethodResult } from '../../../shared/api/index';
import type { Page } from '../../../shared/caseloadTypes';
import { call, onLocked } from './client';

export const queryClient = new QueryClient({
  defaultOptions: {
    // The backend is local: a refused call is an answer to show, not a network hiccup to retry.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000 },
    mutations: { retry: false },
  },
});

// Locking drops every cached answer: no personal data stays in memory behind the unlock screen.
onLocked(() => queryClient.clear());

/** The query key of a read: the method and its input (undefined and {} are the same call). */
export const apiKey = <M extends Method>(method: M, input?: MethodInput<M>): QueryKey => [method, input ?? null];

const callWith = <M extends Method>(method: M, input: MethodInput<M> | undefined) =>
  (call as (m: M, i?: MethodInput<M>) => Promise<MethodResult<M>>)(method, input);

export interface ReadOptions {
  /** false waits (e.g. until something is chosen). */
  enabled?: boolean;
  /** Keep showing the last answer while the answer to a new input loads. */
  keepPrevious?: boolean;
  /** Ask again every so many ms (a session lock made elsewhere, a running job); false stops. */
  refetchInterval?: number | false;
}
type ReadArgs<M extends Method> = undefined extends MethodInput<M> ? [input?: MethodInput<M>, options?: ReadOptions] : [input: MethodInput<M>, options?: ReadOptions];

/** A read of one method with one input. */
export function useApiQuery<M extends Method>(method: M, ...args: ReadArgs<M>) {
  const input: MethodInput<M> | undefined = args[0];
  const options: ReadOptions | undefined = args[1];
  return useQuery({
    queryKey: apiKey(method, input),
    queryFn: () => callWith(method, input),
    enabled: options?.enabled ?? true,
    placeholderData: options?.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: options?.refetchInterval,
  });
}

/** Starts a read before its page is drawn (e.g. while the page's code still loads); the page's useApiQuery then finds it. */
export function prefetchApiQuery<M extends Method>(method: M, input: MethodInput<M>): void {
  void queryClient.prefetchQuery({ queryKey: apiKey(method, input), queryFn: () => callWith(method, input) });
}

/** Reads that change only when they themselves are written: cached once, refetched only after a write to their own domain. */
const REFERENCE_READS = new Set<string>(['app.info', 'municipalities.list', 'mentors.list', 'themes.list']);
/** Writes after which nothing cached can be trusted (a new corps, a restored file, an import of any kind). */
const EVERYTHING_CHANGES = new Set<string>(['setup.startEmpty', 'setup.loadDemo', 'backup.restore', 'import.commit', 'import.restoreFull']);

const domainOf = (method: string) => method.split('.')[0];
/** Reference lists that show another domain's rows: each mentor names the municipality that employs them. */
const SHOWS_DOMAIN: Record<string, string> = { mentors: 'municipalities' };
/** Writes that also change another domain's reference list: a handover can end the leaving mentor. */
const ALSO_WRITES: Record<string, string> = { 'caseload.handover': 'mentors' };

/** Invalidates what a write can change: every derived read (lists, details, statistics, statements), and the reference lists of its own domain. */
export function invalidateAfter(method: Method, client = queryClient): Promise<void> {
  const written = domainOf(method);
  const changed = (q: Query) => {
    if (EVERYTHING_CHANGES.has(method)) return true;
    const read = String(q.queryKey[0]);
    return !REFERENCE_READS.has(read) || domainOf(read) === written || domainOf(read) === ALSO_WRITES[method] || SHOWS_DOMAIN[domainOf(read)] === written || (read === 'app.info' && written === 'settings');
  };
  // Reads on screen are fetched again in place; reads not on screen are dropped, so a page opened
  // later never shows figures from before the write while it fetches the new ones.
  client.removeQueries({ predicate: changed, type: 'inactive' });
  return client.invalidateQueries({ predicate: changed, type: 'active' });
}

/** A write. Its result goes to `onSuccess` after the reads it changes are invalidated. */
export function useApiMutation<M extends Method>(method: M, options: { onSuccess?: (result: MethodResult<M>, input: MethodInput<M>) => void } = {}) {
  const client = useQueryClient();
  return useMutation<MethodResult<M>, Error, MethodInput<M>>({
    mutationFn: (input) => callWith(method, input),
    onSuccess: async (result, input) => {
      await invalidateAfter(method, client);
      options.onSuccess?.(result, input);
    },
  });
}

export const PAGE_SIZE = 100;

type PagedMethod = { [M in Method]: MethodResult<M> extends Page<unknown> ? M : never }[Method];
export type RowOf<M extends PagedMethod> = MethodResult<M> extends Page<infer R> ? R : never;
export type PagedFilter<M extends PagedMethod> = Omit<NonNullable<MethodInput<M>>, 'offset' | 'limit'>;

/**
 * The pages of a list that a virtual table shows (random access: scrolling to row 700,000 loads that page,
 * not the ones before it). Each page is its own query, so a write invalidates them like any read.
 */
export function useApiPageWindow<M extends PagedMethod>(method: M, filter: PagedFilter<M>, pages: number[]) {
  return useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE } as MethodInput<M>;
      return {
        queryKey: apiKey(method, input),
        queryFn: () => callWith(method, input) as Promise<Page<RowOf<M>>>,
        placeholderData: keepPreviousData,
      };
    }),
  });
}
