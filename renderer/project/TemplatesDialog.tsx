import { useEffect, useId, useState } from 'react';
import type { TemplateSummary } from '../../electron/contract/hostApi';
import { Modal } from '../components/Modal';
import { errorText } from '../shared/userError';
import { useActions } from '../app/ActionsProvider';
import { GraphThumbnail } from './GraphThumbnail';

/** The starter networks, each with a picture of its graph and a line on what it teaches. */
export function TemplatesDialog({ onClose }: { onClose(): void }) {
  const { host, openTemplate } = useActions();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = useId();
  useEffect(() => {
    host.listTemplates({}).then(setTemplates, e => setError(errorText(e)));
  }, [host]);
  return (
    <Modal title="Start from a template" onClose={onClose} wide>
      {error && (
        <p className="field-message is-error" role="alert">
          {error}
        </p>
      )}
      {!templates && !error && <p className="field-help">Loading templates…</p>}
      <ul className="template-grid" aria-label="Templates">
        {templates?.map(t => (
          // The button holds only the picture and the name, so its name ("Open template X") contains what it shows;
          // its ::after covers the whole card, and the description reads as its description.
          <li key={t.id} className="template-card">
            <button
              type="button"
              className="template-card__open"
              onClick={() => void openTemplate(t)}
              aria-label={`Open template ${t.name}`}
              aria-describedby={`${base}-${t.id}`}
            >
              <GraphThumbnail graph={t.project} label={`Graph of ${t.name}: ${t.project.nodes.length} layers`} />
              <span className="template-card__name">{t.name}</span>
            </button>
            <span id={`${base}-${t.id}`} className="template-card__desc">
              {t.description}
            </span>
            <span className="template-card__meta">{t.project.nodes.length} layers</span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
