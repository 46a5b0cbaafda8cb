import type { DescriptionStatus, DescriptionVersion, ServiceDescriptionContent } from '@saimnieks/contracts/services';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../../lib/api.ts';

/** Where the draft on screen stands against the one on the server. */
export type SaveState =
  | { kind: 'saved'; at: string }
  /** Changed; saved once typing pauses. */
  | { kind: 'pending' }
  /** Changed, but breaking a rule of the description: the server would refuse it, so it is not sent. */
  | { kind: 'invalid' }
  | { kind: 'saving' }
  /** Not saved: the server could not be reached or refused; `retrying` when it is tried again by itself. */
  | { kind: 'failed'; problem: unknown; retrying: boolean }
  /** Somebody else saved the draft meanwhile; what is on screen is kept until the person decides. */
  | { kind: 'conflict'; latest: DescriptionVersion | undefined }
  /** The version is no longer a draft (submitted meanwhile): nothing more is saved. */
  | { kind: 'closed'; status: DescriptionStatus | undefined };

interface AutosaveOptions {
  /** The draft as it was loaded. */
  draft: DescriptionVersion;
  /** The content as it is on screen. */
  content: ServiceDescriptionContent;
  valid: boolean;
  save: (version: number, content: ServiceDescriptionContent) => Promise<DescriptionVersion>;
  loadLatest: () => Promise<DescriptionVersion>;
  delayMs?: number;
  retryMs?: number;
}

const isConflict = (error: unknown, code: string) =>
  error instanceof ApiProblem && error.status === 409 && error.code === code;

/**
 * Saves a draft as its author types: a pause in typing sends the content with the draft's version, one save at a
 * time. A stale version (somebody else saved) stops saving and keeps the content on screen until the author keeps
 * it (saved over the other) or takes the other; a failure of the network is tried again by itself.
 */
export function useAutosave({
  draft,
  content,
  valid,
  save,
  loadLatest,
  delayMs = 1500,
  retryMs = 10_000,
}: AutosaveOptions) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: draft.updatedAt });
  const latest = useRef({ content, valid, save, loadLatest, state });
  latest.current = { content, valid, save, loadLatest, state };
  const version = useRef(draft.version);
  const savedJson = useRef(JSON.stringify(draft.content));
  const savedAt = useRef(draft.updatedAt);
  const inFlight = useRef<Promise<DescriptionVersion | undefined> | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);

  const saveNow = useCallback(async (): Promise<DescriptionVersion | undefined> => {
    clearTimeout(retry.current);
    if (inFlight.current) await inFlight.current;
    const { content: sending, valid: sendable, state: current } = latest.current;
    if (current.kind === 'conflict' || current.kind === 'closed') return undefined;
    const json = JSON.stringify(sending);
    if (json === savedJson.current) return undefined;
    if (!sendable) {
      setState({ kind: 'invalid' });
      return undefined;
    }
    setState({ kind: 'saving' });
    const attempt = latest.current.save(version.current, sending).then(
      (saved) => {
        version.current = saved.version;
        savedJson.current = json;
        savedAt.current = saved.updatedAt;
        const changedMeanwhile = JSON.stringify(latest.current.content) !== json;
        setState(changedMeanwhile ? { kind: 'pending' } : { kind: 'saved', at: saved.updatedAt });
        return saved;
      },
      async (error: unknown) => {
        if (isConflict(error, 'stale-version')) {
          const other = await latest.current.loadLatest().catch(() => undefined);
          setState(
            other && other.status !== 'draft'
              ? { kind: 'closed', status: other.status }
              : { kind: 'conflict', latest: other },
          );
        } else if (isConflict(error, 'wrong-description-status')) {
          const other = await latest.current.loadLatest().catch(() => undefined);
          setState({ kind: 'closed', status: other?.status });
        } else {
          // A refusal (400) would be refused again; anything else may pass on another try.
          const retrying = !(error instanceof ApiProblem && error.status < 500);
          setState({ kind: 'failed', problem: error, retrying });
          if (retrying) retry.current = setTimeout(() => void saveNow(), retryMs);
        }
        return undefined;
      },
    );
    inFlight.current = attempt;
    try {
      return await attempt;
    } finally {
      inFlight.current = null;
    }
  }, [retryMs]);

  useEffect(() => {
    const current = latest.current.state;
    if (current.kind === 'conflict' || current.kind === 'closed') return;
    if (JSON.stringify(content) === savedJson.current) {
      if (current.kind !== 'saving') setState({ kind: 'saved', at: savedAt.current });
      return;
    }
    if (!valid) {
      setState({ kind: 'invalid' });
      return;
    }
    if (current.kind !== 'saving') setState({ kind: 'pending' });
    const timer = setTimeout(() => void saveNow(), delayMs);
    return () => clearTimeout(timer);
  }, [content, valid, delayMs, saveNow]);

  // Leaving the editor within the application saves what typing left pending; the save outlives the page.
  useEffect(
    () => () => {
      clearTimeout(retry.current);
      void saveNow();
    },
    [saveNow],
  );

  /** Keep what is on screen: save it over the version somebody else saved. */
  const keepMine = useCallback(() => {
    const current = latest.current.state;
    if (current.kind !== 'conflict' || !current.latest) return;
    version.current = current.latest.version;
    setState({ kind: 'pending' });
    latest.current.state = { kind: 'pending' };
    void saveNow();
  }, [saveNow]);

  /** Take the version somebody else saved; answers its content for the editor to show. */
  const takeTheirs = useCallback((): ServiceDescriptionContent | undefined => {
    const current = latest.current.state;
    if (current.kind !== 'conflict' || !current.latest) return undefined;
    version.current = current.latest.version;
    savedJson.current = JSON.stringify(current.latest.content);
    savedAt.current = current.latest.updatedAt;
    setState({ kind: 'saved', at: current.latest.updatedAt });
    return current.latest.content;
  }, []);

  /** Saves what is on screen now, without waiting for the pause: before submitting, or when asked to try again. */
  const flush = useCallback(async () => {
    await saveNow();
    return JSON.stringify(latest.current.content) === savedJson.current ? version.current : undefined;
  }, [saveNow]);

  return { state, keepMine, takeTheirs, flush };
}
