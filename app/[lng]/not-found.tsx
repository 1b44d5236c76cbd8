import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page">
      <h1>404</h1>
      <p><Link href="/">↩</Link></p>
    </div>
  );
}
