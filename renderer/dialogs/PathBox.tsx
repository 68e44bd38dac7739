import { useState } from 'react';

/** The folder shown, editable: type a path and press Enter to go there. */
export function PathBox({ path, onGo }: { path: string; onGo(path: string): void }) {
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      className="input file-browser__path"
      aria-label="Folder"
      value={text ?? path}
      spellCheck={false}
      onChange={e => setText(e.target.value)}
      onBlur={() => setText(null)}
      onKeyDown={e => {
        if (e.key === 'Enter' && text) {
          onGo(text);
          setText(null);
        }
      }}
    />
  );
}
