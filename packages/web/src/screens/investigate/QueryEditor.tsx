import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { highlight } from '../../query/highlight.js';
import {
  applyCompletion,
  completionContext,
  suggest,
  type CompletionContext,
} from '../../query/complete.js';

/** Props of the query editor. */
export interface QueryEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onRun: () => void;
  /** Field names to complete from (the catalogue). */
  readonly fields: readonly string[];
  /** Pipe commands to complete after `|`. */
  readonly commands: readonly string[];
  /** The error span to underline. */
  readonly error?: { start: number; end: number } | undefined;
  /** Called the first time the editor gets focus (loads the catalogue). */
  readonly onFirstFocus?: () => void;
}

/**
 * The hunting-query editor: a textarea over its own syntax highlighting, field and
 * command completion (↑/↓, Enter or Tab to accept, Esc to close), Ctrl+Enter to run.
 */
export function QueryEditor(props: QueryEditorProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [ctx, setCtx] = useState<CompletionContext>();
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const segments = useMemo(() => highlight(props.value, props.error), [props.value, props.error]);

  const options = useMemo(() => {
    if (!ctx || ctx.kind === 'none' || (ctx.kind === 'field' && ctx.prefix.length < 1)) return [];
    return suggest(ctx.kind === 'command' ? props.commands : props.fields, ctx.prefix, 12);
  }, [ctx, props.fields, props.commands]);
  const open = focused && options.length > 0;

  const refresh = (text: string, caret: number) => {
    setCtx(completionContext(text, caret));
    setActive(0);
  };

  const accept = (choice: string) => {
    const el = ref.current;
    if (!el || !ctx) return;
    const next = applyCompletion(props.value, el.selectionStart, ctx, choice);
    props.onChange(next.text);
    setCtx(undefined);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      setCtx(undefined);
      props.onRun();
      return;
    }
    if (open) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        setActive((a) => (a + 1) % options.length);
        return;
      }
      if (e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((a) => (a - 1 + options.length) % options.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        accept(options[active] as string);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setCtx(undefined);
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      props.onRun();
    }
  };

  return (
    <div className={`editor${props.error ? ' invalid' : ''}`}>
      <pre aria-hidden="true">
        {segments.map((s, i) => (
          <span key={i} className={`${s.cls}${s.error ? ' tok-error' : ''}`}>
            {s.text}
          </span>
        ))}
        {'\n'}
      </pre>
      <textarea
        ref={ref}
        rows={Math.max(1, props.value.split('\n').length)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        role="combobox"
        aria-label={t('investigate.query')}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-invalid={props.error ? true : undefined}
        placeholder={t('investigate.placeholder')}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
          refresh(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onClick={(e) => refresh(props.value, e.currentTarget.selectionStart)}
        onFocus={() => {
          setFocused(true);
          props.onFirstFocus?.();
        }}
        onBlur={() => setTimeout(() => setFocused(false), 150)}
      />
      {open && (
        <ul
          className="completions"
          id={listId}
          role="listbox"
          aria-label={t('investigate.suggestions')}
        >
          {options.map((o, i) => (
            <li
              key={o}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                accept(o);
              }}
            >
              {o}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
