export function LoadingPlaceholder({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="loading-bar" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}
