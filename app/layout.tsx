import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Event explorer',
  description: 'News events on an offline map: who did what, where and when, with the sentence that says so.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read per request: every page is then rendered per request, which the script nonce of proxy.ts needs.
  await headers();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
