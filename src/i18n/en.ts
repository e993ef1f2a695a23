/** English messages: the reference catalogue; vi.ts and cs.ts must have the same shape (the compiler checks). */
export const en = {
  verdict: {
    block: 'Do not send: {subject}',
    warn: 'Check before sending: {subject}',
    pass: 'OK to send: nothing sensitive was found',
    incomplete: 'Not fully checked: {n} input(s) could not be scanned. Do not send until they are checked',
    marked: 'the text is marked {marking}',
    has: 'the text contains {what}',
    more: ' (and {n} more finding(s))',
  },
  severity: { block: 'BLOCK', warn: 'WARN', info: 'INFO' },
  why: 'Why:',
  todo: 'What to do:',
  action: {
    marking: 'Do not send this text at all. If it has to be used, ask your security officer.',
    fingerprint: 'Do not send: the text is copied from a document registered as confidential. Ask your security officer.',
    official: 'Send it only if the document has been approved for release; otherwise remove this part or run `promptgate redact`.',
    redact: 'Remove it, or run `promptgate redact` to replace it with a placeholder before sending.',
    remove: 'Remove it before sending.',
  },
  skipped: 'Not scanned',
  summary: '{f} finding(s): {b} block, {w} warn; {s} input(s) not scanned',
  incomplete: 'The scan is incomplete: some inputs could not be checked (see above). Do not treat this as a pass.',
  progress: 'Scanning… {n} text(s) checked, {s} s',
  errors: {
    prefix: 'promptgate:',
    ruleSet: 'the rule set is invalid, nothing was scanned:',
    ruleTimeout: '{rule}: its regular expression backtracks too much; fix or remove that rule (nothing was passed)',
    internal: 'internal error, the scan cannot be trusted: {message}',
  },
  clip: {
    noTool: 'cannot read the clipboard: none of {tools} is available. Install one (e.g. `sudo apt install wl-clipboard` or `xclip`), or pipe the text in: `… | promptgate scan -`',
    readFailed: 'cannot read the clipboard with {tool}: {detail}',
    writeFailed: 'the safe version could not be put on the clipboard with {tool} ({detail}); the clipboard was left as it was',
    empty: 'The clipboard holds no text: nothing to check.',
    redacted: 'The clipboard now holds the safe version: {n} place(s) replaced by placeholders. Paste it instead of the original.',
    nothingToRedact: 'Nothing had to be replaced; the clipboard was left as it was.',
    refused: 'The clipboard was not changed: this text must not be sent at all, not even with parts cut out.',
    unverified: 'The clipboard was not changed: the redacted text would still be stopped by the scan. Report this to whoever maintains the rules.',
  },
  ai: {
    blocked: 'promptgate blocked this prompt.',
    findingLine: '- {title} (line {line}): {excerpt}',
    malformed: 'promptgate blocked this prompt: the hook input from {assistant} could not be read ({detail}). Nothing was sent.',
    failed: 'promptgate blocked this prompt: the check could not be completed ({detail}). Nothing was sent.',
    warned: 'promptgate: check this prompt before relying on it: {subject}',
    installed: 'Installed the promptgate prompt check for {assistant} in {file}.',
    already: 'The promptgate prompt check for {assistant} is already in {file}; nothing changed.',
    snippet: 'Add this to {file} to check every prompt before {assistant} sends it:',
    restart: 'Restart {assistant} (or reload its settings) for the hook to take effect.',
  },
} as const;

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof en>;
