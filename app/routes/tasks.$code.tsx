import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TaskDetail } from "../components/task-detail";
import { publicTask } from "../server/public-catalog.server";
import { notFound } from "../server/http.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const now = new Date();
  const task = await publicTask(params.code ?? "", now);
  if (!task) throw notFound();
  return { task, now: now.toISOString() };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.task.code} ${data.task.title} — 揭榜 Jiebang` : "揭榜 Jiebang" },
];

export default function TaskPage() {
  const { task, now } = useLoaderData<typeof loader>();
  return <TaskDetail task={task} now={now} />;
}
