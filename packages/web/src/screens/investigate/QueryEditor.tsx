import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { highlight } from '../../query/highlight.js';

/** One suggestion: replace `replace` with `insert` (the hunting language's `Suggestion`). */
export interface Completion {
  readonly label: string;
  readonly kind: string;
  readonly insert: string;
  readonly detail?: string;
  readonly replace: { readonly start: number; readonly end: number };
}

/** Props of the query editor. */
export interface QueryEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onRun: () => void;
  /** Suggestions at the caret (fields, commands, functions, values). */
  readonly complete: (source: string, caret: number) => readonly Completion[];
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
  const [options, setOptions] = useState<readonly Completion[]>([]);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const segments = useMemo(() => highlight(props.value, props.error), [props.value, props.error]);
  const open = focused && options.length > 0;

  const refresh = (text: string, caret: number) => {
    const before = text.slice(0, caret);
    // Suggest while a word is being typed, or right after a pipe.
    const typing = /[A-Za-z0-9_.@-]$/.test(before) || /\|\s*$/.test(before);
    setOptions(typing ? props.complete(text, caret).slice(0, 12) : []);
    setActive(0);
  };

  const accept = (choice: Completion) => {
    const el = ref.current;
    if (!el) return;
    const text =
      props.value.slice(0, choice.replace.start) +
      choice.insert +
      props.value.slice(choice.replace.end);
    const caret = choice.replace.start + choice.insert.length;
    props.onChange(text);
    setOptions([]);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      setOptions([]);
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
        accept(options[active] as Completion);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setOptions([]);
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
        ))}{' '}
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
              key={`${o.kind}:${o.label}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                accept(o);
              }}
            >
              {o.label}
              {o.detail && <span className="muted detail"> — {o.detail.slice(0, 80)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
