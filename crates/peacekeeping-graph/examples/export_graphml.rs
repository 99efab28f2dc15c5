//! Writes two graphs of the reference dataset as of 2013-12-31 in GraphML, GEXF and JSON
//! node-link, with their node and edge lists as CSV, for `scripts/check_graphml.py` to
//! read back with networkx (run by `.ci/run`):
//!
//! - `co_deployment.*`: the co-deployment network (undirected, weight = personnel side
//!   by side, see `CoDeploymentWeight::SharedPersonnel`);
//! - `partnership.*`: the partnership graph (directed: memberships, partnerships,
//!   contributions);
//! - `partnership_2012.*`: the partnership graph over 2012, with parallel edges (Mali's
//!   AU membership, suspended from March to October, is three records), which networkx
//!   must read as a multigraph.
//!
//! Usage: `cargo run -p peacekeeping-graph --example export_graphml -- DIR`

use std::error::Error;
use std::path::PathBuf;

use peacekeeping_core::{Date, Period};
use peacekeeping_graph::{CoDeploymentWeight, ExportGraph, PartnershipGraph, co_deployment};

fn main() -> Result<(), Box<dyn Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: export_graphml DIR (the directory to write to)")?,
    );
    std::fs::create_dir_all(&dir)?;
    let data = peacekeeping_data::reference::dataset();
    let date = Date::new(2013, 12, 31)?;
    let year_2012 = Period::between(Date::new(2012, 1, 1)?, Date::new(2012, 12, 31)?)?;
    let co = co_deployment(data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    let graphs = [
        (
            "co_deployment",
            ExportGraph::from_actor_network(&co, Some(data)),
        ),
        (
            "partnership",
            ExportGraph::from_partnership_graph(&PartnershipGraph::as_of(data, date), Some(data)),
        ),
        (
            "partnership_2012",
            ExportGraph::from_partnership_graph(
                &PartnershipGraph::over(data, year_2012),
                Some(data),
            ),
        ),
    ];
    for (name, graph) in graphs {
        graph.write_graphml_file(dir.join(format!("{name}.graphml")))?;
        graph.write_gexf_file(dir.join(format!("{name}.gexf")))?;
        graph.write_json_node_link_file(dir.join(format!("{name}.json")))?;
        graph.write_nodes_csv_file(dir.join(format!("{name}_nodes.csv")))?;
        graph.write_edges_csv_file(dir.join(format!("{name}_edges.csv")))?;
        println!(
            "{name}: {} nodes, {} edges ({}{}) -> {}",
            graph.nodes.len(),
            graph.edges.len(),
            if graph.directed {
                "directed"
            } else {
                "undirected"
            },
            if graph.has_parallel_edges() {
                ", parallel edges"
            } else {
                ""
            },
            dir.join(format!("{name}.graphml")).display()
        );
    }
    Ok(())
}
