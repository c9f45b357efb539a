/** The agents' ready replies in every language (src/data/agents.ts), one file for every agents' index page. */
import type { APIRoute } from "astro";
import { getReadyReplies } from "../data/agents.ts";

export const GET: APIRoute = async () => new Response(JSON.stringify(await getReadyReplies()), { headers: { "content-type": "application/json" } });
