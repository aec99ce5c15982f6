package vn.tuyenquang.workforce.imports;

/** A record of an import's file on its way to being written: the line it came from travels with it. */
interface ImportedRow {

    ImportLine line();
}
