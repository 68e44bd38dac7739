import { useEffect } from 'react';
import { useApp } from '../store';
import { Icon } from './Icon';

const INFO_MS = 3500;

/** The latest message for the user: errors stay until dismissed, confirmations fade. */
export function NoticeToast() {
  const notice = useApp(s => s.notice);
  const dismiss = useApp(s => s.dismissNotice);
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(dismiss, INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div className={`toast is-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <Icon name={notice.tone === 'error' ? 'error' : 'check'} />
      <div className="toast__text">
        <strong>{notice.title}</strong>
        {notice.detail && <p>{notice.detail}</p>}
      </div>
      <button type="button" className="icon-btn" aria-label="Dismiss" onClick={dismiss}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
