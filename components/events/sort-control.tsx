'use client';
/** The list's order: newest first (the default) or oldest first; kept in the URL as `sort=oldest`. */
import type { ListOrder } from '@/lib/timeline';

export function SortControl({ sort, onChange }: { sort: ListOrder; onChange: (sort: ListOrder) => void }) {
  return (
    <label className="sort-control">
      <span className="visually-hidden">Order</span>
      <select name="sort" value={sort} onChange={(e) => onChange(e.currentTarget.value === 'oldest' ? 'oldest' : 'newest')}>
        <option value="newest">Newest first</option>
        <option value="oldest">Oldest first</option>
      </select>
    </label>
  );
}
