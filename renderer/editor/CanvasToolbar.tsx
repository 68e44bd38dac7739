import { Panel } from '@xyflow/react';
import { Icon } from '../components/Icon';
import { useApp } from '../store';
import { useAnalysis } from '../store/useAnalysis';
import { autoLayout } from './autoLayout';

/** Floating canvas actions and the graph's health at a glance. */
export function CanvasToolbar() {
  const analysis = useAnalysis();
  const setTab = useApp(s => s.setSidebarTab);
  const errors = analysis.problems.filter(p => p.severity === 'error').length;
  const warnings = analysis.problems.length - errors;
  const status = errors ? `${errors} error${errors > 1 ? 's' : ''}` : 'Ready to train';
  return (
    <Panel position="top-right" className="canvas-toolbar">
      <button
        type="button"
        className={`status-pill ${errors ? 'is-error' : 'is-ok'}`}
        onClick={() => setTab('problems')}
        title="Show the problems list"
      >
        <Icon name={errors ? 'error' : 'check'} size={14} /> {status}
        {warnings ? (
          <span className="status-pill__more">
            · {warnings} warning{warnings > 1 ? 's' : ''}
          </span>
        ) : null}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => void autoLayout()}
        title="Arrange the layers top to bottom (elk layered layout)"
      >
        <Icon name="layout" size={14} /> Auto layout
      </button>
    </Panel>
  );
}
