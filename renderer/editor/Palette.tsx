import { useDeferredValue, useState } from 'react';
import { PaletteItemButton } from './PaletteItemButton';
import { paletteGroups } from './paletteSearch';

/** What the items do, word for word (PaletteItemButton). */
const PALETTE_TIP = 'Click or press Enter to add below the selected node; drag to place it anywhere.';

/** The layer registry as draggable buttons, grouped by category, with a search box. */
export function Palette() {
  const [query, setQuery] = useState('');
  const groups = paletteGroups(useDeferredValue(query));
  return (
    <nav className="palette" aria-label="Layer palette">
      <div className="palette__search">
        <input
          type="search"
          placeholder="Search layers…"
          aria-label="Search layers"
          value={query}
          onChange={e => setQuery(e.target.value)}
          onKeyDown={e => {
            if (e.key === 'Escape') setQuery('');
          }}
        />
      </div>
      <div className="palette__groups">
        {groups.map(group => (
          <section key={group.category} className="palette__group" aria-labelledby={`palette-${group.category}`}>
            <h3 id={`palette-${group.category}`}>{group.title}</h3>
            {group.items.map(item => (
              <PaletteItemButton key={item.kind} item={item} category={group.category} />
            ))}
          </section>
        ))}
        {!groups.length && <p className="palette__empty">No layer matches “{query}”.</p>}
      </div>
      <p className="palette__tip">{PALETTE_TIP}</p>
    </nav>
  );
}
