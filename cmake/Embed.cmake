# lantian_embed(TARGET_VAR NAME FILES...) generates a C++ source that holds the
# given files as string constants, reachable through lantian::embedded::Find(name).
set(LANTIAN_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/EmbedScript.cmake)

function(lantian_embed out_var name)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DNAME=${name}
            "-DFILES=${ARGN}" -P ${LANTIAN_EMBED_SCRIPT}
    DEPENDS ${ARGN} ${LANTIAN_EMBED_SCRIPT}
    COMMENT "Embedding ${name}"
    VERBATIM)
  set(${out_var} ${output} PARENT_SCOPE)
endfunction()
