import { useApp } from '../store';
import type { SidebarTab } from '../store/uiSlice';
import { useAnalysis } from '../store/useAnalysis';
import { Tabs, type TabDef } from '../components/Tabs';
import { Inspector } from './inspector/Inspector';
import { ProblemsTab } from './ProblemsTab';
import { SummaryTab } from './SummaryTab';

/** The right sidebar: the selected node's inspector, the model summary and the problems list. */
export function Sidebar() {
  const tab = useApp(s => s.sidebarTab);
  const setTab = useApp(s => s.setSidebarTab);
  const problems = useAnalysis().problems;
  const errors = problems.filter(p => p.severity === 'error').length;
  const tabs: TabDef<SidebarTab>[] = [
    { key: 'inspector', label: 'Inspector' },
    { key: 'summary', label: 'Summary' },
    {
      key: 'problems',
      name: 'Problems',
      title: `${errors} errors, ${problems.length - errors} warnings`,
      label: (
        <>
          Problems
          {problems.length ? (
            <>
              {' '}
              <span className={`badge ${errors ? 'badge--error' : 'badge--warning'}`}>{problems.length}</span>
            </>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <aside className="sidebar" aria-label="Details">
      <Tabs label="Details" tabs={tabs} active={tab} onSelect={setTab}>
        {tab === 'inspector' && <Inspector />}
        {tab === 'summary' && <SummaryTab />}
        {tab === 'problems' && <ProblemsTab />}
      </Tabs>
    </aside>
  );
}
