import { useEffect, useState } from 'react';
import type { TemplateSummary } from '../../electron/contract/hostApi';
import { Modal } from '../components/Modal';
import { errorText } from '../components/errorText';
import { host } from '../host';
import { GraphThumbnail } from './GraphThumbnail';
import { openTemplate } from './projectActions';

/** The starter networks, each with a picture of its graph and a line on what it teaches. */
export function TemplatesDialog({ onClose }: { onClose(): void }) {
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    host.listTemplates({}).then(setTemplates, e => setError(errorText(e)));
  }, []);
  return (
    <Modal title="Start from a template" onClose={onClose} wide>
      {error && <p className="field-message is-error" role="alert">{error}</p>}
      {!templates && !error && <p className="field-help">Loading templates…</p>}
      <ul className="template-grid" aria-label="Templates">
        {templates?.map(t => (
          <li key={t.id}>
            <button type="button" className="template-card" onClick={() => void openTemplate(t)} aria-label={`Open template ${t.name}`}>
              <GraphThumbnail graph={t.project} label={`Graph of ${t.name}: ${t.project.nodes.length} layers`} />
              <span className="template-card__name">{t.name}</span>
              <span className="template-card__desc">{t.description}</span>
              <span className="template-card__meta">{t.project.nodes.length} layers</span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
