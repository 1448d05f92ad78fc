export declare const XLSX_WORKER_TEST_DIR: string;
export default function setup(): Promise<void>;
