'use client';
/** "Remove": asks for confirmation in the page, then DELETE /api/articles/<id> and back to the map. */
import { useState } from 'react';
import { articlePath } from '@/lib/explorer-data/article-id';

export function RemoveArticle({ id, eventCount }: { id: string; eventCount: number }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async (): Promise<void> => {
    const token = sessionStorage.getItem('explorer-write-token');
    const response = await fetch(articlePath(id), { method: 'DELETE', headers: token ? { Authorization: `Bearer ${token}` } : {} });
    if (response.ok) {
      window.location.assign('/');
      return;
    }
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    setError(body.error ?? `The server answered ${response.status}.`);
    setConfirming(false);
  };
  return (
    <div className="remove-article">
      {confirming ? (
        <div role="alertdialog" aria-label="Remove this article?">
          <p>
            Remove this article and its {eventCount} {eventCount === 1 ? 'event' : 'events'} from the map? This cannot be undone.
          </p>
          <button type="button" className="danger-button" onClick={() => void remove()}>
            Remove article
          </button>{' '}
          <button type="button" className="secondary-button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="secondary-button" onClick={() => setConfirming(true)}>
          Remove
        </button>
      )}
      {error !== null ? (
        <p className="add-articles-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
