// The Validate page's payload editor: CodeMirror 6, bundled into the site by scripts/bundle-editor.mjs
// and driven from Rust (src/web/pages/validate/editor.rs) through the global `canarylabEditor`.
//
// CodeMirror keeps only the lines in view in the DOM, so a keystroke in a megabyte costs what it
// costs in a page of text; a textarea relays out the whole text on every keystroke.
//
// The editor lives in a shadow root. The site's CSP allows no inline <style>, and CodeMirror styles
// a document through a <style> element but a shadow root through a constructed stylesheet, which
// the CSP does not restrict. Colours come from the page's custom properties, which inherit into the
// shadow tree, so light and dark follow the site.

import {
  Annotation, Compartment, EditorSelection, EditorState, RangeSet, StateEffect, StateField, Transaction,
} from '@codemirror/state';
import {
  Decoration, EditorView, GutterMarker, gutterLineClass, highlightActiveLineGutter,
  highlightSpecialChars, keymap, lineNumbers, showPanel,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { json } from '@codemirror/lang-json';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { classHighlighter } from '@lezer/highlight';

/** Marks a transaction whose text came from the page (an example, a fix, an undo), not typing. */
const fromPage = Annotation.define();
/** Replaces the marks: `{ lines: Uint32Array, errors: Uint8Array }`, lines 1-based and ascending. */
const setMarks = StateEffect.define();

class Mark extends GutterMarker {
  constructor(kind) {
    super();
    this.elementClass = kind;
  }
}
const GUTTER = { err: new Mark('err'), warn: new Mark('warn') };
const LINE = { err: Decoration.line({ class: 'cm-mark-err' }), warn: Decoration.line({ class: 'cm-mark-warn' }) };

/** The marked lines: a band behind the line and a coloured number in the gutter. Edits move them
 *  with their text until the next check replaces them. */
const marks = StateField.define({
  create: () => ({ lines: Decoration.none, gutter: RangeSet.empty }),
  update(value, tr) {
    let next = tr.docChanged
      ? { lines: value.lines.map(tr.changes), gutter: value.gutter.map(tr.changes) }
      : value;
    for (const effect of tr.effects) {
      if (!effect.is(setMarks)) continue;
      const { lines, errors } = effect.value;
      const doc = tr.state.doc;
      const band = [];
      const number = [];
      for (let i = 0; i < lines.length; i++) {
        if (lines[i] < 1 || lines[i] > doc.lines) continue;
        const kind = errors[i] ? 'err' : 'warn';
        const from = doc.line(lines[i]).from;
        band.push(LINE[kind].range(from));
        number.push(GUTTER[kind].range(from));
      }
      next = { lines: Decoration.set(band, true), gutter: RangeSet.of(number, true) };
    }
    return next;
  },
  provide: (field) => [
    EditorView.decorations.from(field, (v) => v.lines),
    gutterLineClass.from(field, (v) => v.gutter),
  ],
});

const theme = EditorView.theme({
  '&': { height: '100%', color: 'var(--fg)', backgroundColor: 'var(--card)', fontSize: '14px' },
  // The page draws the focus ring around the editor's box (its gutter would cover one inside).
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '21px', overflowY: 'scroll' },
  '.cm-content': { padding: '8px 0', caretColor: 'var(--fg)' },
  '.cm-line': { padding: '0 12px 0 8px' },
  // The browser's own caret and selection: CodeMirror's drawn ones cost a measure per keystroke.
  '.cm-content ::selection': { backgroundColor: 'var(--selection)' },
  '.cm-gutters': { backgroundColor: 'var(--card)', color: 'var(--muted)', borderRight: '1px solid var(--line)' },
  '.cm-lineNumbers .cm-gutterElement': { minWidth: '4ch', padding: '0 0.6ch 0 0.8ch' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--fg)' },
  '.cm-gutterElement.err': { color: 'var(--error)', fontWeight: '700', boxShadow: 'inset 3px 0 0 var(--error)' },
  '.cm-gutterElement.warn': { color: 'var(--warning)', fontWeight: '700', boxShadow: 'inset 3px 0 0 var(--warning)' },
  '.cm-mark-err': { backgroundColor: 'color-mix(in srgb, var(--error) 16%, transparent)' },
  '.cm-mark-warn': { backgroundColor: 'color-mix(in srgb, var(--warning) 14%, transparent)' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--accent-bg)', outline: '1px solid var(--accent)' },
  '.cm-panels': { backgroundColor: 'var(--card)', color: 'var(--fg)' },
  '.cm-panels-top': { borderBottom: '1px solid var(--line)' },
  '.cm-panel': { fontFamily: 'inherit', fontSize: '14px' },
  '.cm-panel input, .cm-panel button, .cm-panel label': { font: 'inherit', color: 'var(--fg)' },
  '.cm-panel input': { padding: '2px 4px' },
  '.cm-textfield': { backgroundColor: 'var(--card)', border: '1px solid var(--line)', borderRadius: '4px' },
  '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--card)', border: '1px solid var(--line)', borderRadius: '4px' },
  '.cm-searchMatch': { backgroundColor: 'color-mix(in srgb, var(--accent) 25%, transparent)' },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'color-mix(in srgb, var(--accent) 45%, transparent)' },
  '.cm-selectionMatch': { backgroundColor: 'color-mix(in srgb, var(--accent) 15%, transparent)' },
  '.tok-propertyName': { color: 'var(--code-key)' },
  '.tok-string': { color: 'var(--code-string)' },
  '.tok-number, .tok-bool, .tok-null': { color: 'var(--code-literal)' },
});

/** What depends on the page's language: the text's accessible name (with the id the page's
 *  labels and tests know it by) and CodeMirror's own words (the search panel's), keyed by their
 *  English originals. */
function language(label, phrases) {
  return [
    EditorView.contentAttributes.of({
      id: 'payload', 'aria-label': label, spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off',
    }),
    EditorState.phrases.of(phrases ?? {}),
  ];
}

/** The editor in each host element. */
const editors = new WeakMap();

/** A payload editor in `host`: `label` names it for assistive technology, `phrases` translates
 *  CodeMirror's words, `onEdit()` is called on every edit that did not come from the page (cheap:
 *  the page reads the text when typing pauses). */
export class PayloadEditor {
  constructor(host, text, label, phrases, onEdit) {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.replaceChildren();
    this.language = new Compartment();
    this.history = new Compartment();
    this.view = new EditorView({
      root,
      parent: root,
      state: EditorState.create({
        doc: text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightSpecialChars(),
          this.history.of(history()),
          bracketMatching(),
          json(),
          syntaxHighlighting(classHighlighter),
          EditorView.lineWrapping,
          marks,
          theme,
          // Tab is left to the browser, so the keyboard moves on from the editor as from any field.
          keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
          this.language.of(language(label, phrases)),
          // A megabyte is mostly out of the page, where the browser's find cannot see it.
          search({ top: true }),
          highlightSelectionMatches(),
          // Text typed over a selection is put in by the editor, not by the browser: merging
          // the selected lines, the browser would carry their colours over as inline styles,
          // which the site's CSP refuses (and the editor would redraw anyway).
          EditorView.domEventHandlers({
            beforeinput(event, view) {
              if (event.inputType !== 'insertText' || event.data == null || view.composing) return false;
              // The browser's selection, which the editor may not have read yet.
              const sel = view.root.getSelection?.() ?? document.getSelection();
              if (!sel || sel.isCollapsed || !view.contentDOM.contains(sel.anchorNode)) return false;
              const a = view.posAtDOM(sel.anchorNode, sel.anchorOffset);
              const b = view.posAtDOM(sel.focusNode, sel.focusOffset);
              const [from, to] = a < b ? [a, b] : [b, a];
              event.preventDefault();
              view.dispatch({
                changes: { from, to, insert: event.data },
                selection: { anchor: from + event.data.length },
                userEvent: 'input.type',
                scrollIntoView: true,
              });
              return true;
            },
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !u.transactions.some((t) => t.annotation(fromPage))) onEdit();
            if (u.startState.facet(showPanel) !== u.state.facet(showPanel)) this.panelsChanged(u.view);
          }),
        ],
      }),
    });
    this.host = host;
    editors.set(host, this);
  }

  /** The whole text. */
  text() {
    return this.view.state.doc.toString();
  }

  /** How many lines. */
  lines() {
    return this.view.state.doc.lines;
  }

  /** A panel (search, go to line) opened or closed. One that opens is scrolled into the window,
   *  so its field is not typed into out of sight (the page may have scrolled the editor's top
   *  away, and go-to-line opens at the bottom). When one closes with the focus in it, the focus
   *  comes back to the text: CodeMirror does that only when the editor is not in a shadow root. */
  panelsChanged(view) {
    const panels = view.dom.querySelectorAll('.cm-panel').length;
    if (panels > (this.panels ?? 0)) {
      for (const box of view.dom.querySelectorAll('.cm-panels')) box.scrollIntoView({ block: 'nearest' });
    } else if (!view.root.activeElement && document.activeElement === document.body) {
      view.focus();
    }
    this.panels = panels;
  }

  /** Puts `text` in the editor as one undoable change of only the part that differs, so the
   *  caret and the scroll stay where they were around a fix; a `fresh` text (another API's)
   *  starts a new history, so undo never brings back the text of another API. */
  setText(text, fresh = false) {
    if (fresh) {
      this.view.dispatch({
        changes: { from: 0, to: this.view.state.doc.length, insert: text },
        selection: { anchor: 0 },
        scrollIntoView: true,
        annotations: [fromPage.of(true), Transaction.addToHistory.of(false)],
      });
      this.view.dispatch({ effects: this.history.reconfigure([]) });
      this.view.dispatch({ effects: this.history.reconfigure(history()) });
      return;
    }
    const doc = this.view.state.doc;
    const old = doc.toString();
    if (old === text) return;
    let start = 0;
    const max = Math.min(old.length, text.length);
    while (start < max && old.charCodeAt(start) === text.charCodeAt(start)) start++;
    let end = 0;
    while (end < max - start && old.charCodeAt(old.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++;
    this.view.dispatch({
      changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) },
      annotations: fromPage.of(true),
    });
  }

  /** Marks `lines` (1-based, ascending); `errors[i]` is 1 for an error, 0 for a warning. */
  setMarks(lines, errors) {
    this.view.dispatch({ effects: setMarks.of({ lines, errors }) });
    this.describe();
  }

  /** Points the text's description at the page's element the host names in
   *  `data-describedby` (the verdict). An id cannot reach out of a shadow root, an element
   *  reference can. */
  describe() {
    const el = document.getElementById(this.host.dataset.describedby ?? '');
    if (el && 'ariaDescribedByElements' in this.view.contentDOM) this.view.contentDOM.ariaDescribedByElements = [el];
  }

  /** Selects 1-based `line`, scrolls it to a third from the top, and takes the focus. */
  goto(line) {
    const doc = this.view.state.doc;
    const { from, to } = doc.line(Math.min(Math.max(1, line), doc.lines));
    const margin = Math.round(this.view.scrollDOM.clientHeight / 3);
    this.view.dispatch({
      selection: EditorSelection.single(from, to),
      effects: EditorView.scrollIntoView(from, { y: 'start', yMargin: margin }),
    });
    this.view.focus();
    this.view.dom.scrollIntoView({ block: 'nearest' });
  }

  /** Takes the focus. */
  focus() {
    this.view.focus();
  }

  /** Speaks another language. */
  setLanguage(label, phrases) {
    this.view.dispatch({ effects: this.language.reconfigure(language(label, phrases)) });
  }

  /** Removes the editor. */
  destroy() {
    this.view.destroy();
    editors.delete(this.host);
  }
}

/** The editor in `host` (for a script or a test: `editorOf(host).text()`). */
export function editorOf(host) {
  return editors.get(host) ?? null;
}

/** The text of the editor in `host`. */
export function textOf(host) {
  return editorOf(host)?.text() ?? null;
}

globalThis.canarylabEditor = { PayloadEditor, editorOf, textOf };
// The page loads this script when it first needs an editor, and waits for this.
globalThis.dispatchEvent(new Event('canarylab-editor-ready'));
