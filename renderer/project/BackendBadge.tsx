import { useApp } from '../store';

/** Which compute backend the host trains with, and which host this is. */
export function BackendBadge() {
  const info = useApp(s => s.hostInfo);
  if (!info)
    return (
      <span className="badge-pill is-muted" role="note" aria-label="Backend: connecting">
        connecting…
      </span>
    );
  return (
    <span
      className="badge-pill"
      role="note"
      aria-label={`Backend: ${info.backend}`}
      title={`${info.backendDetail}\n${info.host} host · Convas ${info.version} · ${info.platform}`}
    >
      <span className="badge-pill__dot" aria-hidden="true" />
      {info.backend}
    </span>
  );
}
