import type { ApplicationView } from '@shifan/domain';
import { type ApiError, toApiError } from '@shifan/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { cleanDraft, type DraftData, saveableDraft, stableText } from '../../forms/draft-values';
import type { FormValues } from '../../forms/meta-field';
import { fetchApplication, saveDraft } from '../applications-api';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

/** How a save ended: everything saved, saved but with fields held back, refused as stale, failed, or not allowed. */
export type SaveOutcome = 'saved' | 'held-back' | 'conflict' | 'error' | 'disabled';

/** A stale save: the draft that was refused and, once fetched, the server's current application. */
export interface DraftConflict {
  mine: DraftData;
  theirs: ApplicationView | null;
  message: string;
}

export interface AutosaveOptions {
  applicationId: number;
  form: UseFormReturn<FormValues, unknown, FieldValues>;
  draftSchema: z.ZodType;
  /** The application as loaded: its version is the one the edit starts from. */
  initial: ApplicationView;
  /** False when the application cannot be edited: nothing is saved. */
  enabled: boolean;
  /** Each saved (or adopted) application, e.g. to refresh the page's copy. */
  onSaved: (view: ApplicationView) => void;
  /** Pause after a change before saving; typing on keeps saving at this rhythm. Default 3 s. */
  delayMs?: number;
}

export interface Autosave {
  status: SaveStatus;
  /** When the form was last saved (by this page, or before it was opened); null for a draft never saved. */
  savedAt: Date | null;
  error: ApiError | null;
  /** Fields that do not pass the draft schema yet and so keep their last saved value. */
  heldBack: readonly string[];
  conflict: DraftConflict | null;
  conflictOpen: boolean;
  /** Saves now if anything changed; 'saved' when the server holds the form as it is. */
  saveNow: () => Promise<SaveOutcome>;
  keepMine: () => Promise<void>;
  takeTheirs: () => void;
  setConflictOpen: (open: boolean) => void;
  /** Takes an application the page got another way (withdraw, reload) as the new starting point. */
  adopt: (view: ApplicationView) => void;
  resolving: 'mine' | 'theirs' | null;
}

function isStale(error: ApiError): boolean {
  return error.status === 409 && error.code === 'CONFLICT' && error.details.some((detail) => detail.code === 'STALE_VERSION');
}

/**
 * Autosave of the application form: a few seconds after a change (and on demand, e.g. when leaving a step), the draft
 * is PUT with the version the edit started from. A stale version is never overwritten: saving stops and the conflict
 * (both versions) is handed to the page, which lets the user keep theirs (saved over the server's version) or take
 * the server's.
 */
export function useAutosave({ applicationId, form, draftSchema, initial, enabled, onSaved, delayMs = 3000 }: AutosaveOptions): Autosave {
  const version = useRef(initial.version);
  const saved = useRef<DraftData>(cleanDraft(initial.data));
  const savedText = useRef(stableText(saved.current));
  const chain = useRef<Promise<SaveOutcome>>(Promise.resolve('saved'));
  const timer = useRef<number | null>(null);
  const blocked = useRef(false);
  const conflictRef = useRef(false);
  const enabledRef = useRef(enabled);
  const onSavedRef = useRef(onSaved);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [savedAt, setSavedAt] = useState<Date | null>(() => (initial.version > 1 ? new Date(initial.updatedAt) : null));
  const [error, setError] = useState<ApiError | null>(null);
  const [heldBack, setHeldBack] = useState<readonly string[]>([]);
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  const [conflictOpen, setConflictOpen] = useState(false);
  const [resolving, setResolving] = useState<'mine' | 'theirs' | null>(null);

  useEffect(() => {
    enabledRef.current = enabled;
    onSavedRef.current = onSaved;
  });

  const payload = useCallback(() => saveableDraft(form.getValues(), saved.current, draftSchema), [form, draftSchema]);

  const accept = useCallback((view: ApplicationView) => {
    version.current = view.version;
    saved.current = cleanDraft(view.data);
    savedText.current = stableText(saved.current);
  }, []);

  const schedule = useCallback(
    (delay = delayMs) => {
      if (timer.current !== null) return;
      timer.current = window.setTimeout(() => {
        timer.current = null;
        chain.current = chain.current.then(() => doSaveRef.current());
      }, delay);
    },
    [delayMs],
  );

  const doSave = useCallback(async (): Promise<SaveOutcome> => {
    if (!enabledRef.current) return 'disabled';
    if (blocked.current) return conflictRef.current ? 'conflict' : 'error';
    const next = payload();
    setHeldBack(next.heldBack);
    if (stableText(next.data) === savedText.current) {
      setStatus(next.heldBack.length > 0 ? 'dirty' : 'saved');
      return next.heldBack.length === 0 ? 'saved' : 'held-back';
    }
    setStatus('saving');
    try {
      const view = await saveDraft(applicationId, version.current, next.data);
      accept(view);
      setSavedAt(new Date());
      setError(null);
      onSavedRef.current(view);
      const after = payload();
      if (stableText(after.data) !== savedText.current) {
        // Typed on while the save was in flight: the next save picks that up.
        setStatus('dirty');
        schedule();
        return 'saved';
      }
      setStatus(after.heldBack.length > 0 ? 'dirty' : 'saved');
      return after.heldBack.length === 0 ? 'saved' : 'held-back';
    } catch (caught) {
      const failure = toApiError(caught);
      if (isStale(failure)) {
        blocked.current = true;
        conflictRef.current = true;
        setStatus('conflict');
        setConflict({ mine: next.data, theirs: null, message: failure.message });
        setConflictOpen(true);
        fetchApplication(applicationId).then(
          (theirs) => setConflict((previous) => (previous ? { ...previous, theirs } : previous)),
          (reason: unknown) => setError(toApiError(reason)),
        );
        return 'conflict';
      }
      setError(failure);
      setStatus('error');
      if (failure.status === 409 || failure.status === 403 || failure.status === 404) blocked.current = true;
      else if (failure.status !== 400) schedule(10_000);
      return 'error';
    }
  }, [applicationId, payload, accept, schedule]);

  const doSaveRef = useRef(doSave);
  useEffect(() => {
    doSaveRef.current = doSave;
  }, [doSave]);

  const saveNow = useCallback((): Promise<SaveOutcome> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(() => doSaveRef.current());
    return chain.current;
  }, []);

  // Every change marks the form dirty and schedules a save.
  useEffect(() => {
    const subscription = form.watch(() => {
      if (!enabledRef.current || blocked.current) return;
      setStatus((current) => (current === 'saving' ? current : 'dirty'));
      schedule();
    });
    return () => subscription.unsubscribe();
  }, [form, schedule]);

  // Leaving the page saves what is pending; closing the tab with unsaved changes asks first.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!enabledRef.current) return;
      if (blocked.current || stableText(payload().data) !== savedText.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      if (timer.current !== null) window.clearTimeout(timer.current);
      if (enabledRef.current && !blocked.current && stableText(payload().data) !== savedText.current) void doSaveRef.current();
    };
  }, [payload]);

  const keepMine = useCallback(async () => {
    const theirs = conflict?.theirs;
    if (!theirs) return;
    setResolving('mine');
    // Save over the server's version: the edit now starts from it, and the form's content is what is sent.
    version.current = theirs.version;
    saved.current = cleanDraft(theirs.data);
    savedText.current = stableText(saved.current);
    blocked.current = false;
    conflictRef.current = false;
    setConflict(null);
    setConflictOpen(false);
    await saveNow();
    setResolving(null);
  }, [conflict, saveNow]);

  const takeTheirs = useCallback(() => {
    const theirs = conflict?.theirs;
    if (!theirs) return;
    accept(theirs);
    blocked.current = false;
    conflictRef.current = false;
    form.reset(theirs.data);
    setConflict(null);
    setConflictOpen(false);
    setError(null);
    setStatus('saved');
    setSavedAt(new Date(theirs.updatedAt));
    onSavedRef.current(theirs);
  }, [conflict, accept, form]);

  const adopt = useCallback(
    (view: ApplicationView) => {
      accept(view);
      blocked.current = false;
      conflictRef.current = false;
      setError(null);
      setStatus('saved');
    },
    [accept],
  );

  return { status, savedAt, error, heldBack, conflict, conflictOpen, saveNow, keepMine, takeTheirs, setConflictOpen, adopt, resolving };
}
