// The code editor: CodeMirror 6 with Python, completion of the names Slope supports, the run's
// error underlined at its line and column, Ctrl/Cmd-Enter to run, and a light or dark theme.
import { EditorState, Compartment } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, highlightSpecialChars, dropCursor, rectangularSelection,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  syntaxHighlighting, defaultHighlightStyle, HighlightStyle, bracketMatching, indentOnInput, foldGutter, foldKeymap,
} from "@codemirror/language";
import { autocompletion, completionKeymap, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { lintGutter, setDiagnostics, diagnosticCount } from "@codemirror/lint";
import { python } from "@codemirror/lang-python";
import { tags as t } from "@lezer/highlight";
import { NAMES, TOP_LEVEL } from "./names.js";

const darkHighlight = HighlightStyle.define([
  { tag: t.keyword, color: "#c678dd" },
  { tag: [t.name, t.deleted, t.character, t.macroName], color: "#e6e6e6" },
  { tag: [t.function(t.variableName), t.labelName], color: "#61afef" },
  { tag: [t.color, t.constant(t.name), t.standard(t.name)], color: "#d19a66" },
  { tag: [t.definition(t.name), t.separator], color: "#e6e6e6" },
  { tag: [t.className, t.typeName], color: "#e5c07b" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "#d19a66" },
  { tag: [t.operator, t.operatorKeyword], color: "#56b6c2" },
  { tag: [t.string, t.special(t.string)], color: "#98c379" },
  { tag: t.comment, color: "#7f8896", fontStyle: "italic" },
  { tag: t.invalid, color: "#ff6b6b" },
]);

const darkTheme = EditorView.theme({
  "&": { color: "#e6e6e6", backgroundColor: "#1e2127" },
  ".cm-content": { caretColor: "#e6e6e6" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "#e6e6e6" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": { backgroundColor: "#3e4451" },
  ".cm-gutters": { backgroundColor: "#1e2127", color: "#7f8896", border: "none" },
  ".cm-activeLine": { backgroundColor: "#2c313a80" },
  ".cm-activeLineGutter": { backgroundColor: "#2c313a" },
  ".cm-tooltip": { backgroundColor: "#2c313a", color: "#e6e6e6", border: "1px solid #444" },
  ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: "#3e4451", color: "#fff" },
}, { dark: true });

const lightTheme = EditorView.theme({
  "&": { backgroundColor: "#ffffff" },
  ".cm-gutters": { backgroundColor: "#f7f7f7", border: "none" },
}, { dark: false });

/** Completes `torch.`, `nn.`, `optim.`, `plt.`, `F.` members and the top-level names. */
function slopeCompletions(context) {
  const word = context.matchBefore(/[\w.]*/);
  if (!word || (word.from === word.to && !context.explicit)) return null;
  const dot = word.text.lastIndexOf(".");
  if (dot < 0) {
    return { from: word.from, options: TOP_LEVEL, validFor: /^\w*$/ };
  }
  const members = NAMES[word.text.slice(0, dot)] || NAMES["<tensor>"];
  return { from: word.from + dot + 1, options: members, validFor: /^\w*$/ };
}

export function createEditor(parent, { doc, dark, onRun, onChange, readOnly = false }) {
  const theme = new Compartment();
  const themeFor = d => (d ? [darkTheme, syntaxHighlighting(darkHighlight)]
                           : [lightTheme, syntaxHighlighting(defaultHighlightStyle)]);
  const runKey = { key: "Mod-Enter", preventDefault: true, run: () => { onRun(); return true; } };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), foldGutter(),
        drawSelection(), dropCursor(), EditorState.allowMultipleSelections.of(true), indentOnInput(),
        bracketMatching(), closeBrackets(), rectangularSelection(), highlightActiveLine(),
        highlightSelectionMatches(), lintGutter(),
        python(), autocompletion({ override: [slopeCompletions] }),
        keymap.of([runKey, ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap,
                   ...foldKeymap, ...completionKeymap, indentWithTab]),
        theme.of(themeFor(dark)),
        EditorView.updateListener.of(u => {
          if (u.docChanged) {
            onChange(u.state.doc.toString());
            // The last run's error no longer describes edited code; no dispatch inside an update.
            if (diagnosticCount(u.state) > 0) queueMicrotask(() => view.dispatch(setDiagnostics(view.state, [])));
          }
        }),
        EditorView.lineWrapping,
        EditorState.readOnly.of(readOnly),
        EditorView.editable.of(!readOnly),
        EditorView.contentAttributes.of({ "aria-label": "Python code" }),
      ],
    }),
  });

  return {
    view,
    get code() { return view.state.doc.toString(); },
    set code(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    setDark(d) { view.dispatch({ effects: theme.reconfigure(themeFor(d)) }); },
    /** Underlines the error's line from its column (1-based) to the line's end, with the message. */
    showError(error) {
      const doc = view.state.doc;
      if (!error || !(error.line >= 1) || error.line > doc.lines) {
        view.dispatch(setDiagnostics(view.state, []));
        return;
      }
      const line = doc.line(error.line);
      const indent = line.text.length - line.text.trimStart().length;
      let from = line.from + Math.max(indent, Math.min((error.column || 1) - 1, line.length));
      let to = line.to;
      if (from >= to) { from = line.from + indent; }
      if (from >= to) { to = Math.min(doc.length, from + 1); }
      const message = error.message ? `${error.type}: ${error.message}` : error.type;
      view.dispatch(setDiagnostics(view.state, [{ from, to, severity: "error", message }]));
    },
  };
}
