import type { Metadata } from "next";
import { notFoundTitle } from "@/app/_lib/not-found-title";
import { NotFoundMessage } from "@/components/ui/NotFoundMessage";

/** The tab says "Not found · Lisière" in the page's language (Next passes the segment's params). */
export async function generateMetadata(props: { params?: Promise<{ lng?: string }> }): Promise<Metadata> {
  return { title: notFoundTitle((await props.params)?.lng) };
}

export default function NotFound() {
  return <NotFoundMessage />;
}
