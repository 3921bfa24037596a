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

import { Annotation, Compartment, EditorSelection, EditorState, RangeSet, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration, EditorView, GutterMarker, drawSelection, gutterLineClass, highlightActiveLineGutter,
  highlightSpecialChars, keymap, lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { json } from '@codemirror/lang-json';
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
  '&.cm-focused': { outline: '3px solid var(--accent)', outlineOffset: '-3px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '21px', overflowY: 'scroll' },
  '.cm-content': { padding: '8px 0', caretColor: 'var(--fg)' },
  '.cm-line': { padding: '0 12px 0 8px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection':
    { backgroundColor: 'var(--selection)' },
  '.cm-gutters': { backgroundColor: 'var(--card)', color: 'var(--muted)', borderRight: '1px solid var(--line)' },
  '.cm-lineNumbers .cm-gutterElement': { minWidth: '4ch', padding: '0 0.6ch 0 0.8ch' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--fg)' },
  '.cm-gutterElement.err': { color: 'var(--error)', fontWeight: '700', boxShadow: 'inset 3px 0 0 var(--error)' },
  '.cm-gutterElement.warn': { color: 'var(--warning)', fontWeight: '700', boxShadow: 'inset 3px 0 0 var(--warning)' },
  '.cm-mark-err': { backgroundColor: 'color-mix(in srgb, var(--error) 16%, transparent)' },
  '.cm-mark-warn': { backgroundColor: 'color-mix(in srgb, var(--warning) 14%, transparent)' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--accent-bg)', outline: '1px solid var(--accent)' },
  '.tok-propertyName': { color: 'var(--code-key)' },
  '.tok-string': { color: 'var(--code-string)' },
  '.tok-number, .tok-bool, .tok-null': { color: 'var(--code-literal)' },
});

/** The text area's attributes: the id the page's labels and tests know it by, and its name. */
function attributes(label) {
  return EditorView.contentAttributes.of({
    id: 'payload', 'aria-label': label, spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off',
  });
}

/** A payload editor in `host`: `label` names it for assistive technology, `onEdit()` is called on
 *  every edit that did not come from the page (cheap: the page reads the text when typing pauses). */
export class PayloadEditor {
  constructor(host, text, label, onEdit) {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.replaceChildren();
    this.attributes = new Compartment();
    this.view = new EditorView({
      root,
      parent: root,
      state: EditorState.create({
        doc: text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightSpecialChars(),
          history(),
          drawSelection(),
          bracketMatching(),
          json(),
          syntaxHighlighting(classHighlighter),
          EditorView.lineWrapping,
          marks,
          theme,
          // Tab indents; Escape then Tab leaves the editor (CodeMirror's documented way out).
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          this.attributes.of(attributes(label)),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !u.transactions.some((t) => t.annotation(fromPage))) onEdit();
          }),
        ],
      }),
    });
  }

  /** The whole text. */
  text() {
    return this.view.state.doc.toString();
  }

  /** How many lines. */
  lines() {
    return this.view.state.doc.lines;
  }

  /** Puts `text` in the editor as one undoable change of only the part that differs, so the
   *  caret and the scroll stay where they were around a fix. */
  setText(text) {
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

  /** Names the editor in another language. */
  setLabel(label) {
    this.view.dispatch({ effects: this.attributes.reconfigure(attributes(label)) });
  }

  /** Removes the editor. */
  destroy() {
    this.view.destroy();
  }
}

/** The editor holding the element `el` (a test or a script reads the text through it). */
export function textOf(el) {
  const view = EditorView.findFromDOM(el?.shadowRoot?.querySelector('.cm-editor') ?? el);
  return view ? view.state.doc.toString() : null;
}

globalThis.canarylabEditor = { PayloadEditor, textOf };
